package es.clinica.ui.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import es.clinica.testsupport.TestClinic;
import es.clinica.ui.WorkstationRobot;
import es.clinica.ui.fhirimport.ImportChooser;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A session that ends while something is typed on a screen: the password dialog comes up over it,
 * and after the password the refused action runs and the typed text is still there.
 */
class SessionExpiryIT {

    @RegisterExtension final TestClinic clinic = TestClinic.start();
    @RegisterExtension final WorkstationRobot window = new WorkstationRobot();

    @Test
    void theSearchTypedBeforeTheSessionEndedRunsAfterThePassword() throws Exception {
        window.open(
                clinic,
                services -> {
                    services.auth().login("admin", "admin-demo".toCharArray());
                    services.patientImport()
                            .importFiles(
                                    List.of(
                                            Path.of(
                                                    "src/test/resources/fhir/transaction-two-patients.json")),
                                    (file, done, total) -> {},
                                    () -> false);
                },
                ImportChooser.system());
        window.awaitNode("#adminTitleLabel");
        // The tab's header is laid out a pulse after the title: click it once it is shown.
        window.waitFor(
                () ->
                        window.robot()
                                .lookup("Accesses to a record")
                                .tryQuery()
                                .map(Node::isVisible)
                                .orElse(false));
        window.robot().clickOn("Accesses to a record");
        window.robot().clickOn("#patientQueryField").write("Echevarria");

        // The session ends as its idle time would end it: its key leaves Redis.
        clinic.expireSessions();
        assertThat(clinic.services().auth().currentActor()).isEmpty();
        window.robot().clickOn("#patientSearchButton");

        window.awaitNode("#reloginPasswordField");
        assertThat(window.text("#reloginUserField")).isEqualTo("admin");
        assertThat(window.text("#reloginMessageLabel")).startsWith("Your session has ended.");
        window.robot().clickOn("#reloginPasswordField").write("admin-demo").type(KeyCode.ENTER);

        await().atMost(WorkstationRobot.PATIENCE)
                .ignoreExceptions()
                .untilAsserted(
                        () ->
                                assertThat(window.text("#accessMessageLabel"))
                                        .startsWith("1 patients found."));
        assertThat(window.find("#reloginPasswordField")).isEmpty();
        assertThat(window.text("#patientQueryField")).isEqualTo("Echevarria");
        assertThat(window.find("#adminTitleLabel")).isPresent();
    }
}
