package es.clinica.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import es.clinica.domain.Appointment;
import es.clinica.domain.AppointmentStatus;
import es.clinica.domain.MedicalNote;
import es.clinica.domain.NationalId;
import es.clinica.service.NoteDraft;
import es.clinica.testsupport.TestClinic;
import es.clinica.ui.consultation.JournalEntry;
import es.clinica.ui.consultation.NoteJournal;
import es.clinica.ui.fhirimport.ImportChooser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Notes a crash left unsigned in the workstation's journal: the consultation screen lists them with
 * their patients, and each can be reopened (and signed) or discarded.
 */
class PendingNotesIT {

    @RegisterExtension final TestClinic clinic = TestClinic.start();
    @RegisterExtension final WorkstationRobot window = new WorkstationRobot();

    @Test
    void unsignedNotesFromBeforeACrashAreListedReopenedAndSignedOrDiscarded() throws Exception {
        ScreenFlows flows = new ScreenFlows(clinic.services());
        Appointment elena =
                flows.checkedInPatient(
                        "52816394" + NationalId.dniLetter(52816394), "Elena", "Vidal");
        Appointment tomas =
                flows.checkedInPatient(
                        "37120458" + NationalId.dniLetter(37120458),
                        "Tomás",
                        "Gil",
                        Duration.ofMinutes(30));
        flows.completedConsultation();
        flows.completedConsultation();
        Path journal =
                Files.createTempDirectory(
                        Files.createDirectories(Path.of("target", "test-journal", "pending")),
                        "home");
        NoteJournal notes = NoteJournal.in(journal);
        notes.write(
                new JournalEntry(
                        draft(elena, "Lumbalgia mecánica sin irradiación"), Instant.now()));
        notes.write(new JournalEntry(draft(tomas, "Revisión de analítica"), Instant.now()));

        window.open(
                clinic,
                services -> flows.logIn("medico"),
                ImportChooser.system(),
                new UiSettings(Optional.of(journal), ZoneId.of("Europe/Madrid")));
        await().atMost(WorkstationRobot.PATIENCE)
                .ignoreExceptions()
                .until(() -> window.visible("#pendingNotesBox") && pendingRows().size() == 2);
        assertThat(pendingRows())
                .anySatisfy(row -> assertThat(row).startsWith("Elena Vidal · appointment #"))
                .anySatisfy(row -> assertThat(row).startsWith("Tomás Gil · appointment #"));

        window.robot().clickOn(cellContaining("Tomás Gil"));
        assertThat(selectedRow()).startsWith("Tomás Gil");
        window.robot().clickOn("#discardPendingButton");
        await().atMost(WorkstationRobot.PATIENCE)
                .ignoreExceptions()
                .until(() -> pendingRows().size() == 1);
        await().atMost(WorkstationRobot.PATIENCE).until(() -> notes.read(tomas.id()).isEmpty());

        window.robot().clickOn(cellContaining("Elena Vidal"));
        window.robot().clickOn("#reopenPendingButton");
        await().atMost(WorkstationRobot.PATIENCE)
                .ignoreExceptions()
                .until(() -> window.text("#patientNameLabel").equals("Elena Vidal"));
        await().atMost(WorkstationRobot.PATIENCE)
                .ignoreExceptions()
                .until(
                        () ->
                                window.text("#subjectiveTextArea")
                                        .equals("Lumbalgia mecánica sin irradiación"));
        assertThat(window.visible("#pendingNotesBox")).isFalse();
        window.robot().clickOn("#signButton");
        await().atMost(WorkstationRobot.PATIENCE)
                .ignoreExceptions()
                .until(() -> window.text("#draftStatusLabel").startsWith("Note signed"));

        List<MedicalNote> signed = clinic.services().consultation().history(elena.patientId());
        assertThat(signed)
                .singleElement()
                .satisfies(
                        note -> {
                            assertThat(note.signed()).isTrue();
                            assertThat(note.appointmentId()).isEqualTo(elena.id());
                            assertThat(note.subjective())
                                    .isEqualTo("Lumbalgia mecánica sin irradiación");
                        });
        await().atMost(WorkstationRobot.PATIENCE).until(() -> notes.pending().isEmpty());
        window.robot().clickOn("#completeButton");
        await().atMost(WorkstationRobot.PATIENCE)
                .ignoreExceptions()
                .until(() -> window.visible("#noPatientLabel"));
        assertThat(clinic.services().appointments().get(elena.id()).status())
                .isEqualTo(AppointmentStatus.COMPLETED);
    }

    private List<String> pendingRows() throws Exception {
        return WorkstationRobot.fx(
                () ->
                        ((ListView<?>) window.robot().lookup("#pendingNotesListView").query())
                                .lookupAll(".list-cell").stream()
                                        .map(cell -> ((ListCell<?>) cell).getText())
                                        .filter(text -> text != null && !text.isEmpty())
                                        .toList());
    }

    private String selectedRow() throws Exception {
        return WorkstationRobot.fx(
                () -> {
                    ListView<?> list = window.robot().lookup("#pendingNotesListView").query();
                    return list.lookupAll(".list-cell").stream()
                            .map(cell -> (ListCell<?>) cell)
                            .filter(ListCell::isSelected)
                            .map(ListCell::getText)
                            .findFirst()
                            .orElse("");
                });
    }

    private static java.util.function.Predicate<Node> cellContaining(String text) {
        return node ->
                node instanceof ListCell
                        && ((ListCell<?>) node).getText() != null
                        && ((ListCell<?>) node).getText().contains(text);
    }

    private static NoteDraft draft(Appointment appointment, String subjective) {
        return new NoteDraft(
                Optional.empty(),
                appointment.patientId(),
                appointment.id(),
                new MedicalNote.Soap(subjective, "", "", ""),
                List.of(),
                List.of());
    }
}
