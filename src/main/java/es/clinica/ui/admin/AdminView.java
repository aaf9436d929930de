package es.clinica.ui.admin;

import es.clinica.domain.Patient;
import es.clinica.domain.Role;
import es.clinica.domain.StaffAccount;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumn.CellDataFeatures;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.util.Callback;
import javafx.util.StringConverter;

/** The administrator's screen: staff accounts and the accesses to one patient's record. */
public final class AdminView {

    private final AdminViewModel viewModel;

    @FXML private ResourceBundle resources;
    @FXML private TableView<StaffAccount> accountsTable;
    @FXML private TableColumn<StaffAccount, String> usernameColumn;
    @FXML private TableColumn<StaffAccount, String> roleColumn;
    @FXML private TableColumn<StaffAccount, String> doctorColumn;
    @FXML private TableColumn<StaffAccount, String> activeColumn;
    @FXML private PasswordField resetPasswordField;
    @FXML private TextField newUsernameField;
    @FXML private PasswordField newPasswordField;
    @FXML private ComboBox<Role> newRoleCombo;
    @FXML private TextField newDoctorIdField;
    @FXML private Label accountMessageLabel;
    @FXML private TextField patientQueryField;
    @FXML private ListView<Patient> patientsList;
    @FXML private Label accessMessageLabel;
    @FXML private TableView<AdminViewModel.Access> accessesTable;
    @FXML private TableColumn<AdminViewModel.Access, String> accessWhenColumn;
    @FXML private TableColumn<AdminViewModel.Access, String> accessWhoColumn;
    @FXML private TableColumn<AdminViewModel.Access, String> accessWhatColumn;
    @FXML private TableColumn<AdminViewModel.Access, String> accessDetailColumn;

    public AdminView(AdminViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        bindAccounts();
        bindAccountForm();
        bindAccesses();
        viewModel.refreshAccounts();
    }

    private void bindAccounts() {
        accountsTable.setItems(viewModel.accounts());
        usernameColumn.setCellValueFactory(cell(StaffAccount::username));
        roleColumn.setCellValueFactory(cell(account -> viewModel.roleName(account.role())));
        doctorColumn.setCellValueFactory(
                cell(account -> account.doctorId().map(String::valueOf).orElse("")));
        activeColumn.setCellValueFactory(
                cell(account -> resources.getString(account.active() ? "admin.yes" : "admin.no")));
        viewModel
                .selectedAccountProperty()
                .bind(accountsTable.getSelectionModel().selectedItemProperty());
        resetPasswordField.textProperty().bindBidirectional(viewModel.resetPasswordProperty());
        accountMessageLabel.textProperty().bind(viewModel.accountMessageProperty());
    }

    private void bindAccountForm() {
        newUsernameField.textProperty().bindBidirectional(viewModel.newUsernameProperty());
        newPasswordField.textProperty().bindBidirectional(viewModel.newPasswordProperty());
        newDoctorIdField.textProperty().bindBidirectional(viewModel.newDoctorIdProperty());
        newRoleCombo.getItems().setAll(viewModel.roles());
        newRoleCombo.setConverter(
                new StringConverter<>() {
                    @Override
                    public String toString(Role role) {
                        return role == null ? "" : viewModel.roleName(role);
                    }

                    @Override
                    public Role fromString(String text) {
                        return newRoleCombo.getValue();
                    }
                });
        newRoleCombo.valueProperty().bindBidirectional(viewModel.newRoleProperty());
    }

    private void bindAccesses() {
        patientQueryField.textProperty().bindBidirectional(viewModel.patientQueryProperty());
        patientsList.setItems(viewModel.foundPatients());
        patientsList.setCellFactory(list -> new PatientCell());
        patientsList
                .getSelectionModel()
                .selectedItemProperty()
                .addListener((o, old, now) -> showAccesses(now));
        accessMessageLabel.textProperty().bind(viewModel.accessMessageProperty());
        accessesTable.setItems(viewModel.accesses());
        accessWhenColumn.setCellValueFactory(cell(AdminViewModel.Access::when));
        accessWhoColumn.setCellValueFactory(cell(AdminViewModel.Access::who));
        accessWhatColumn.setCellValueFactory(cell(AdminViewModel.Access::what));
        accessDetailColumn.setCellValueFactory(cell(AdminViewModel.Access::detail));
    }

    private void showAccesses(Patient patient) {
        if (patient != null) {
            viewModel.showAccesses(patient);
        }
    }

    private static <S> Callback<CellDataFeatures<S, String>, ObservableValue<String>> cell(
            Function<S, String> text) {
        return data -> new ReadOnlyStringWrapper(text.apply(data.getValue()));
    }

    @FXML
    private void deactivate() {
        viewModel.deactivateSelected();
    }

    @FXML
    private void unlock() {
        viewModel.unlockSelected();
    }

    @FXML
    private void resetPassword() {
        viewModel.resetSelectedPassword();
    }

    @FXML
    private void createAccount() {
        viewModel.createAccount();
    }

    @FXML
    private void searchPatients() {
        viewModel.searchPatients();
    }

    private final class PatientCell extends ListCell<Patient> {
        @Override
        protected void updateItem(Patient patient, boolean empty) {
            super.updateItem(patient, empty);
            setText(empty || patient == null ? null : viewModel.patientLine(patient));
        }
    }
}
