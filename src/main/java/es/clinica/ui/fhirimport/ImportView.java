package es.clinica.ui.fhirimport;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The import window's content: choose, import with progress and cancel, read the summary. */
public final class ImportView {

    private final ImportViewModel viewModel;
    private final ImportChooser chooser;

    @FXML private ListView<Path> importChosenList;
    @FXML private ProgressBar importProgressBar;
    @FXML private Label importStatusLabel;
    @FXML private ListView<String> importSummaryList;
    @FXML private Button importFilesButton;
    @FXML private Button importFolderButton;
    @FXML private Button importStartButton;
    @FXML private Button importCancelButton;
    @FXML private Button importCloseButton;

    public ImportView(ImportViewModel viewModel, ImportChooser chooser) {
        this.viewModel = viewModel;
        this.chooser = chooser;
    }

    @FXML
    private void initialize() {
        importChosenList.setItems(viewModel.chosen());
        importSummaryList.setItems(viewModel.summary());
        importStatusLabel.textProperty().bind(viewModel.statusProperty());
        importProgressBar.progressProperty().bind(viewModel.progressProperty());
        importProgressBar.visibleProperty().bind(viewModel.runningProperty());
        importFilesButton.disableProperty().bind(viewModel.runningProperty());
        importFolderButton.disableProperty().bind(viewModel.runningProperty());
        importStartButton
                .disableProperty()
                .bind(viewModel.runningProperty().or(Bindings.isEmpty(viewModel.chosen())));
        importCancelButton.disableProperty().bind(viewModel.runningProperty().not());
        importCloseButton.disableProperty().bind(viewModel.runningProperty());
    }

    @FXML
    private void chooseFiles() {
        viewModel.choose(chooser.files(window()));
    }

    @FXML
    private void chooseFolder() {
        chooser.folder(window()).ifPresent(folder -> viewModel.choose(List.of(folder)));
    }

    @FXML
    private void start() {
        viewModel.start();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    @FXML
    private void close() {
        ((Stage) window()).close();
    }

    private Window window() {
        return importStatusLabel.getScene().getWindow();
    }
}
