package es.clinica.ui.consultation;

import es.clinica.domain.Diagnosis;
import es.clinica.domain.MedicalNote;
import es.clinica.domain.Prescription;
import es.clinica.service.NoteDraft;
import es.clinica.ui.fx.JournalFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workstation's local copy of the notes being written, so that a crash, an expired session or
 * an unreachable MongoDB never costs a doctor the text (ARCHITECTURE.md, rule 4).
 *
 * <p>One file per consultation, {@code <directory>/notes/<appointmentId>.properties}, in the {@link
 * Properties} text format (UTF-8; the JDK escapes line breaks, so any note text round-trips without
 * a JSON library). Each write goes to a temporary file in the same folder that is then moved over
 * the entry atomically: a reader sees the old entry or the new one, never half of one, and a
 * temporary file left by a crash is ignored (and replaced by the next write).
 *
 * <p>A journal without a directory ({@link #disabled()}) keeps nothing; it serves screens shown
 * over a backend that has no place on disk (tests of other screens).
 */
public final class NoteJournal {

    private static final Logger LOGGER = LoggerFactory.getLogger(NoteJournal.class);
    private static final String SUFFIX = ".properties";
    private static final Pattern ENTRY_NAME = Pattern.compile("[0-9]{1,18}\\.properties");
    private static final String FORMAT = "1";

    private final Optional<Path> notes;

    private NoteJournal(Optional<Path> notes) {
        this.notes = notes;
    }

    /**
     * A journal under {@code journalDirectory} (the workstation's {@code <CLINICA_HOME>/journal});
     * the folder {@code notes} is created on the first write.
     */
    public static NoteJournal in(Path journalDirectory) {
        return new NoteJournal(Optional.of(journalDirectory.resolve("notes")));
    }

    /** A journal that keeps nothing. */
    public static NoteJournal disabled() {
        return new NoteJournal(Optional.empty());
    }

    /** Whether this journal writes to disk. */
    public boolean enabled() {
        return notes.isPresent();
    }

    /**
     * Replaces the entry of the entry's appointment, atomically.
     *
     * @throws UncheckedIOException when the disk refuses the write; the previous entry stays
     */
    public void write(JournalEntry entry) {
        if (notes.isEmpty()) {
            return;
        }
        try {
            JournalFiles.replace(fileOf(entry.appointmentId()), toProperties(entry));
        } catch (IOException e) {
            throw new UncheckedIOException("The note journal cannot be written", e);
        }
    }

    /**
     * The entry of an appointment, when there is a readable one. An unreadable entry is logged and
     * reported as absent rather than stopping the consultation.
     */
    public Optional<JournalEntry> read(long appointmentId) {
        if (notes.isEmpty()) {
            return Optional.empty();
        }
        return JournalFiles.read(fileOf(appointmentId)).flatMap(NoteJournal::fromProperties);
    }

    /** Forgets the entry of an appointment (after its note is signed); nothing when absent. */
    public void delete(long appointmentId) {
        if (notes.isEmpty()) {
            return;
        }
        try {
            Files.deleteIfExists(fileOf(appointmentId));
        } catch (IOException e) {
            throw new UncheckedIOException("The note journal entry cannot be deleted", e);
        }
    }

    /** The appointments with a journaled note, e.g. after a restart; temporary files ignored. */
    public List<Long> pending() {
        List<Long> found = new ArrayList<>();
        if (notes.isEmpty() || !Files.isDirectory(notes.get())) {
            return found;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(notes.get())) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (ENTRY_NAME.matcher(name).matches()) {
                    found.add(Long.parseLong(name.substring(0, name.length() - SUFFIX.length())));
                }
            }
        } catch (IOException e) {
            LOGGER.warn("The note journal cannot be listed", e);
        }
        found.sort(null);
        return found;
    }

    private Path fileOf(long appointmentId) {
        return notes.orElseThrow().resolve(appointmentId + SUFFIX);
    }

    private static Properties toProperties(JournalEntry entry) {
        NoteDraft draft = entry.draft();
        Properties p = new Properties();
        p.setProperty("format", FORMAT);
        p.setProperty("journaledAt", entry.journaledAt().toString());
        p.setProperty("appointmentId", Long.toString(draft.appointmentId()));
        p.setProperty("patientId", Long.toString(draft.patientId()));
        entry.doctorId().ifPresent(id -> p.setProperty("doctorId", Long.toString(id)));
        draft.noteId().ifPresent(id -> p.setProperty("noteId", id));
        p.setProperty("subjective", draft.soap().subjective());
        p.setProperty("objective", draft.soap().objective());
        p.setProperty("assessment", draft.soap().assessment());
        p.setProperty("plan", draft.soap().plan());
        putDiagnoses(p, draft.diagnoses());
        putPrescriptions(p, draft.prescriptions());
        return p;
    }

    private static void putDiagnoses(Properties p, List<Diagnosis> diagnoses) {
        p.setProperty("diagnoses", Integer.toString(diagnoses.size()));
        for (int i = 0; i < diagnoses.size(); i++) {
            p.setProperty("diagnosis." + i + ".code", diagnoses.get(i).code());
            p.setProperty("diagnosis." + i + ".label", diagnoses.get(i).label());
        }
    }

    private static void putPrescriptions(Properties p, List<Prescription> prescriptions) {
        p.setProperty("prescriptions", Integer.toString(prescriptions.size()));
        for (int i = 0; i < prescriptions.size(); i++) {
            Prescription rx = prescriptions.get(i);
            String key = "prescription." + i + ".";
            p.setProperty(key + "drug", rx.drug());
            p.setProperty(key + "dose", rx.dose());
            p.setProperty(key + "frequency", rx.frequency());
            p.setProperty(key + "duration", rx.duration());
            p.setProperty(key + "notes", rx.notes());
        }
    }

    private static Optional<JournalEntry> fromProperties(Properties p) {
        try {
            NoteDraft draft =
                    new NoteDraft(
                            Optional.ofNullable(p.getProperty("noteId")),
                            Long.parseLong(required(p, "patientId")),
                            Long.parseLong(required(p, "appointmentId")),
                            new MedicalNote.Soap(
                                    p.getProperty("subjective", ""),
                                    p.getProperty("objective", ""),
                                    p.getProperty("assessment", ""),
                                    p.getProperty("plan", "")),
                            diagnoses(p),
                            prescriptions(p));
            return Optional.of(
                    new JournalEntry(
                            draft,
                            Instant.parse(required(p, "journaledAt")),
                            Optional.ofNullable(p.getProperty("doctorId")).map(Long::parseLong)));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            LOGGER.warn("A note journal entry is malformed and was skipped: {}", e.getMessage());
            return Optional.empty();
        }
    }

    private static List<Diagnosis> diagnoses(Properties p) {
        List<Diagnosis> diagnoses = new ArrayList<>();
        int count = Integer.parseInt(p.getProperty("diagnoses", "0"));
        for (int i = 0; i < count; i++) {
            diagnoses.add(
                    new Diagnosis(
                            required(p, "diagnosis." + i + ".code"),
                            p.getProperty("diagnosis." + i + ".label", "")));
        }
        return diagnoses;
    }

    private static List<Prescription> prescriptions(Properties p) {
        List<Prescription> prescriptions = new ArrayList<>();
        int count = Integer.parseInt(p.getProperty("prescriptions", "0"));
        for (int i = 0; i < count; i++) {
            String key = "prescription." + i + ".";
            prescriptions.add(
                    new Prescription(
                            required(p, key + "drug"),
                            p.getProperty(key + "dose", ""),
                            p.getProperty(key + "frequency", ""),
                            p.getProperty(key + "duration", ""),
                            p.getProperty(key + "notes", "")));
        }
        return prescriptions;
    }

    private static String required(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException("Missing " + key);
        }
        return value;
    }
}
