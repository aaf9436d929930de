package es.clinica.ui.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import es.clinica.domain.Diagnosis;
import es.clinica.domain.MedicalNote;
import es.clinica.domain.Prescription;
import es.clinica.service.NoteDraft;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The local journal of notes in progress, on files under target/. */
class NoteJournalTest {

    private static final Instant AT = Instant.parse("2026-03-02T09:15:30.123Z");

    private Path home;
    private NoteJournal journal;

    @BeforeEach
    void freshFolder() throws IOException {
        Path scratch = Files.createDirectories(Path.of("target", "test-journal"));
        home = Files.createTempDirectory(scratch, "journal");
        journal = NoteJournal.in(home);
    }

    @Test
    void writtenEntryReadsBackExactly() {
        JournalEntry entry =
                new JournalEntry(note(12, "Tos seca\ndesde el lunes: «fiebre» 38,5 °C"), AT);

        journal.write(entry);

        assertThat(journal.read(12)).contains(entry);
        assertThat(home.resolve("notes").resolve("12.properties")).exists();
        assertThat(journal.pending()).containsExactly(12L);
    }

    @Test
    void theDoctorWritingTheNoteIsKeptWithIt() {
        journal.write(new JournalEntry(note(12, "texto"), AT, Optional.of(7L)));

        assertThat(journal.read(12)).map(JournalEntry::doctorId).contains(Optional.of(7L));
        assertThat(journal.read(12).orElseThrow().belongsTo(7)).isTrue();
        assertThat(journal.read(12).orElseThrow().belongsTo(8)).isFalse();
    }

    @Test
    void rewritingReplacesTheEntryAndLeavesNoTemporaryFile() throws IOException {
        journal.write(new JournalEntry(note(12, "primera versión"), AT));
        journal.write(new JournalEntry(note(12, "segunda versión"), AT.plusSeconds(5)));

        assertThat(journal.read(12))
                .map(e -> e.draft().soap().subjective())
                .contains("segunda versión");
        try (Stream<Path> files = Files.list(home.resolve("notes"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("12.properties");
        }
    }

    @Test
    void signedNoteIsDeletedFromTheJournal() {
        journal.write(new JournalEntry(note(12, "texto"), AT));
        journal.write(new JournalEntry(note(13, "otro"), AT));

        journal.delete(12);

        assertThat(journal.read(12)).isEmpty();
        assertThat(journal.pending()).containsExactly(13L);
    }

    @Test
    void halfWrittenTemporaryFileFromACrashIsIgnored() throws IOException {
        journal.write(new JournalEntry(note(12, "lo que se escribió"), AT));
        Path notes = home.resolve("notes");
        Files.writeString(
                notes.resolve(".12-99.tmp"), "subjective=lo que no lleg", StandardCharsets.UTF_8);
        Files.writeString(
                notes.resolve(".14-98.tmp"), "appointmentId=14\nsubj", StandardCharsets.UTF_8);

        assertThat(journal.read(12))
                .map(e -> e.draft().soap().subjective())
                .contains("lo que se escribió");
        assertThat(journal.pending()).containsExactly(12L);
        assertThat(journal.read(14)).isEmpty();
    }

    @Test
    void truncatedEntryIsReportedAbsentRatherThanFailing() throws IOException {
        Files.createDirectories(home.resolve("notes"));
        Files.writeString(home.resolve("notes").resolve("15.properties"), "format=1\nsubjective=a");

        assertThat(journal.read(15)).isEmpty();
    }

    @Test
    void disabledJournalKeepsNothing() {
        NoteJournal none = NoteJournal.disabled();
        none.write(new JournalEntry(note(12, "texto"), AT));

        assertThat(none.read(12)).isEmpty();
        assertThat(none.pending()).isEmpty();
    }

    private static NoteDraft note(long appointmentId, String subjective) {
        return new NoteDraft(
                Optional.of("0b6b3d0e-8f38-4d39-9d4c-0e1f0b6d2a11"),
                42,
                appointmentId,
                new MedicalNote.Soap(subjective, "TA 120/80", "", "Control en 2 semanas"),
                List.of(new Diagnosis("J06.9", "Acute upper respiratory infection, unspecified")),
                List.of(new Prescription("Paracetamol", "1 g", "cada 8 h", "5 días", "")));
    }
}
