package es.clinica.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import es.clinica.domain.Appointment;
import es.clinica.domain.MedicalNote;
import es.clinica.domain.NationalId;
import es.clinica.testsupport.TestClinic;
import es.clinica.ui.fhirimport.ImportChooser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A doctor's session ends while a note is being written: the password dialog comes up over the
 * consultation, and after the password the note is still on the screen, whole, and signs once.
 */
class NoteSessionExpiryIT {

    private static final String SUBJECTIVE =
            "Cefalea opresiva de una semana, peor al final del día";
    private static final String PLAN = "Ibuprofeno si precisa; revisar en 15 días";

    @RegisterExtension final TestClinic clinic = TestClinic.start();
    @RegisterExtension final WorkstationRobot window = new WorkstationRobot();

    @Test
    void theNoteTypedBeforeTheSessionEndedIsIntactAndSignsAfterThePassword() throws Exception {
        ScreenFlows flows = new ScreenFlows(clinic.services());
        Appointment waiting =
                flows.checkedInPatient(
                        "52816394" + NationalId.dniLetter(52816394), "Elena", "Vidal");
        Path scratch = Files.createDirectories(Path.of("target", "test-journal", "expiry"));
        Path journal = Files.createTempDirectory(scratch, "home");
        window.open(
                clinic,
                services -> flows.logIn("medico"),
                ImportChooser.system(),
                new UiSettings(Optional.of(journal), ZoneId.of("Europe/Madrid")));
        window.awaitNode("#callNextButton");
        await().atMost(WorkstationRobot.PATIENCE)
                .ignoreExceptions()
                .until(() -> !window.find("#availableToggleButton").orElseThrow().isDisabled());
        window.robot().clickOn("#availableToggleButton");
        await().atMost(WorkstationRobot.PATIENCE)
                .ignoreExceptions()
                .until(() -> !window.find("#callNextButton").orElseThrow().isDisabled());
        window.robot().clickOn("#callNextButton");
        await().atMost(WorkstationRobot.PATIENCE)
                .ignoreExceptions()
                .until(() -> window.text("#patientNameLabel").equals("Elena Vidal"));
        window.robot().clickOn("#subjectiveTextArea").write(SUBJECTIVE);
        window.robot().clickOn("#planTextArea").write(PLAN);

        clinic.expireSessions();
        await().atMost(WorkstationRobot.PATIENCE)
                .until(() -> clinic.services().auth().currentActor().isEmpty());
        // The screen's own timer may raise the dialog first, and a modal dialog swallows clicks:
        // the button is fired as a click would fire it.
        WorkstationRobot.fx(
                () -> {
                    ((Button) window.robot().lookup("#signButton").query()).fire();
                    return null;
                });
        window.awaitNode("#reloginPasswordField");
        assertThat(window.text("#reloginUserField")).isEqualTo("medico");
        window.robot().clickOn("#reloginPasswordField").write("medico-demo").type(KeyCode.ENTER);

        await().atMost(WorkstationRobot.PATIENCE)
                .ignoreExceptions()
                .untilAsserted(
                        () ->
                                assertThat(window.text("#draftStatusLabel"))
                                        .startsWith("Note signed"));
        assertThat(window.find("#reloginPasswordField")).isEmpty();
        assertThat(window.text("#subjectiveTextArea")).isEqualTo(SUBJECTIVE);
        assertThat(window.text("#planTextArea")).isEqualTo(PLAN);
        List<MedicalNote> notes = clinic.services().consultation().history(waiting.patientId());
        assertThat(notes)
                .as("one note in MongoDB, signed, with the text as typed")
                .singleElement()
                .satisfies(
                        note -> {
                            assertThat(note.signed()).isTrue();
                            assertThat(note.appointmentId()).isEqualTo(waiting.id());
                            assertThat(note.subjective()).isEqualTo(SUBJECTIVE);
                            assertThat(note.plan()).isEqualTo(PLAN);
                        });
        assertThat(journal.resolve("notes").resolve(waiting.id() + ".properties"))
                .as("signed: the local copy is gone")
                .doesNotExist();
    }
}
