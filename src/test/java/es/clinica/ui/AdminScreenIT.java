package es.clinica.ui;

import static es.clinica.ui.WorkstationRobot.fx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import es.clinica.domain.Role;
import es.clinica.domain.StaffAccount;
import es.clinica.service.AccessDeniedException;
import es.clinica.service.ClinicaException;
import es.clinica.testsupport.TestClinic;
import es.clinica.ui.fhirimport.ImportChooser;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * The administrator creates a staff account on the accounts tab, the new colleague can log in on
 * another workstation, and once the account is deactivated on the screen that login is refused.
 */
class AdminScreenIT {

    private static final String PASSWORD = "Enfermera-2026";

    @RegisterExtension final TestClinic clinic = TestClinic.start();
    @RegisterExtension final WorkstationRobot window = new WorkstationRobot();
    private final FxRobot robot = window.robot();

    @Test
    void anAccountCreatedOnTheScreenLogsInUntilItIsDeactivatedThere() throws Exception {
        window.open(
                clinic,
                services -> services.auth().login("admin", "admin-demo".toCharArray()),
                ImportChooser.system());
        window.awaitNode("#accountsTable");
        window.waitFor(() -> accounts().getItems().size() == 4);

        robot.clickOn("#newUsernameField").write("enfermeria");
        robot.clickOn("#newPasswordField").write(PASSWORD);
        fx(
                () -> {
                    roles().getSelectionModel().select(Role.RECEPTION);
                    return null;
                });
        robot.clickOn("#createAccountButton");
        window.waitFor(
                () -> window.text("#accountMessageLabel").equals("Account enfermeria created."));
        window.waitFor(() -> accounts().getItems().size() == 5);

        try (TestClinic desk = clinic.anotherWorkstation()) {
            desk.services().auth().login("enfermeria", PASSWORD.toCharArray());
            assertThat(desk.services().auth().currentActor())
                    .hasValueSatisfying(
                            actor -> assertThat(actor.role()).isEqualTo(Role.RECEPTION));
            desk.services().auth().logout();

            fx(
                    () -> {
                        accounts().getSelectionModel().select(row("enfermeria"));
                        return null;
                    });
            robot.clickOn("#deactivateButton");
            window.waitFor(
                    () ->
                            window.text("#accountMessageLabel")
                                    .startsWith("Account enfermeria deactivated"));

            assertThatThrownBy(
                            () ->
                                    desk.services()
                                            .auth()
                                            .login("enfermeria", PASSWORD.toCharArray()))
                    .isInstanceOf(AccessDeniedException.class)
                    .extracting(e -> ((ClinicaException) e).messageKey())
                    .isEqualTo("auth.invalidCredentials");
        }
    }

    @SuppressWarnings("unchecked")
    private TableView<StaffAccount> accounts() {
        return (TableView<StaffAccount>) robot.lookup("#accountsTable").query();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Role> roles() {
        return (ComboBox<Role>) robot.lookup("#newRoleCombo").query();
    }

    private StaffAccount row(String username) {
        List<StaffAccount> rows = accounts().getItems();
        return rows.stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow();
    }
}
