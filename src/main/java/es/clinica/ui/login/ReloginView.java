package es.clinica.ui.login;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;

/** The password dialog's content after the session expired. */
public final class ReloginView {

    private final ReloginViewModel viewModel;

    @FXML private Label reloginMessageLabel;
    @FXML private TextField reloginUserField;
    @FXML private PasswordField reloginPasswordField;
    @FXML private Button reloginSignInButton;

    public ReloginView(ReloginViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        reloginMessageLabel.textProperty().bind(viewModel.messageProperty());
        reloginUserField.textProperty().bind(viewModel.usernameProperty());
        reloginPasswordField.textProperty().bindBidirectional(viewModel.passwordProperty());
        reloginSignInButton.disableProperty().bind(viewModel.busyProperty());
        Platform.runLater(reloginPasswordField::requestFocus);
    }

    @FXML
    private void signIn() {
        viewModel.signIn();
    }

    @FXML
    private void logout() {
        viewModel.logout();
    }
}
