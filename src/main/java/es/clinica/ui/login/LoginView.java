package es.clinica.ui.login;

import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** The login screen, or the first administrator's creation on a new real server. */
public final class LoginView {

    private final LoginViewModel viewModel;

    @FXML private ResourceBundle resources;
    @FXML private Label firstAdminLabel;
    @FXML private TextField usernameField;
    @FXML private PasswordField passwordField;
    @FXML private VBox passwordAgainBox;
    @FXML private PasswordField passwordAgainField;
    @FXML private Label passwordRuleLabel;
    @FXML private Label loginMessageLabel;
    @FXML private Button signInButton;
    @FXML private VBox demoBannerBox;
    @FXML private Label demoAccountsLabel;

    public LoginView(LoginViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        usernameField.textProperty().bindBidirectional(viewModel.usernameProperty());
        passwordField.textProperty().bindBidirectional(viewModel.passwordProperty());
        passwordAgainField.textProperty().bindBidirectional(viewModel.passwordAgainProperty());
        passwordRuleLabel.setText(viewModel.passwordRule());
        viewModel.firstAdminProperty().addListener((o, was, now) -> showFirstAdmin(now));
        showFirstAdmin(viewModel.firstAdminProperty().get());
        loginMessageLabel.textProperty().bind(viewModel.messageProperty());
        loginMessageLabel.visibleProperty().bind(viewModel.messageProperty().isNotEmpty());
        loginMessageLabel.managedProperty().bind(loginMessageLabel.visibleProperty());
        demoAccountsLabel.textProperty().bind(viewModel.demoAccountsProperty());
        demoBannerBox.visibleProperty().bind(viewModel.embeddedProperty());
        demoBannerBox.managedProperty().bind(viewModel.embeddedProperty());
        signInButton.disableProperty().bind(viewModel.busyProperty());
        Platform.runLater(usernameField::requestFocus);
    }

    private void showFirstAdmin(boolean first) {
        showWhen(firstAdminLabel, first);
        showWhen(passwordAgainBox, first);
        signInButton.setText(
                resources.getString(first ? "login.firstAdmin.create" : "login.signIn"));
    }

    private static void showWhen(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    @FXML
    private void submit() {
        if (viewModel.firstAdminProperty().get()) {
            viewModel.createFirstAdmin();
        } else {
            viewModel.signIn();
        }
    }
}
