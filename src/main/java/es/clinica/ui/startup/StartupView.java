package es.clinica.ui.startup;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;

/** The start-up screen shown while the stores start. */
public final class StartupView {

    private final StartupViewModel viewModel;

    @FXML private Label startupStepLabel;
    @FXML private ProgressBar startupProgressBar;
    @FXML private ListView<String> startupStepsList;
    @FXML private VBox startupFailureBox;
    @FXML private Label startupFailureLabel;
    @FXML private Button startupCloseButton;

    public StartupView(StartupViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        startupStepLabel.textProperty().bind(viewModel.currentStepProperty());
        startupProgressBar.progressProperty().bind(viewModel.progressProperty());
        startupProgressBar.visibleProperty().bind(viewModel.failedProperty().not());
        startupProgressBar.managedProperty().bind(viewModel.failedProperty().not());
        startupStepsList.setItems(viewModel.steps());
        startupFailureLabel.textProperty().bind(viewModel.failureProperty());
        startupFailureBox.visibleProperty().bind(viewModel.failedProperty());
        startupFailureBox.managedProperty().bind(viewModel.failedProperty());
        viewModel.failedProperty().addListener((o, was, now) -> startupCloseButton.requestFocus());
    }

    @FXML
    private void close() {
        viewModel.close();
    }
}
