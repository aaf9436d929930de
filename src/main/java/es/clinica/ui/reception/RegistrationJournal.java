package es.clinica.ui.reception;

import es.clinica.domain.AllergySeverity;
import es.clinica.ui.fx.JournalFiles;
import es.clinica.ui.reception.RegistrationDraft.TypedAllergy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workstation's local copy of the new patient being registered at reception, so that a crash
 * never costs the form: {@code <journal>/registrations/new-patient.properties}, in the journal's
 * file format ({@link JournalFiles}). One entry: a workstation registers one patient at a time.
 *
 * <p>A journal without a directory ({@link #disabled()}) keeps nothing.
 */
public final class RegistrationJournal {

    private static final Logger LOGGER = LoggerFactory.getLogger(RegistrationJournal.class);
    private static final String FORMAT = "1";
    private static final String FIELD = "field.";

    private final Optional<Path> entry;

    private RegistrationJournal(Optional<Path> entry) {
        this.entry = entry;
    }

    /**
     * A journal under {@code journalDirectory} (the workstation's {@code <CLINICA_HOME>/journal}).
     */
    public static RegistrationJournal in(Path journalDirectory) {
        return new RegistrationJournal(
                Optional.of(
                        journalDirectory
                                .resolve("registrations")
                                .resolve("new-patient.properties")));
    }

    /** A journal that keeps nothing. */
    public static RegistrationJournal disabled() {
        return new RegistrationJournal(Optional.empty());
    }

    /**
     * Replaces the entry, atomically.
     *
     * @throws UncheckedIOException when the disk refuses the write; the previous entry stays
     */
    public void write(RegistrationDraft draft) {
        if (entry.isEmpty()) {
            return;
        }
        try {
            JournalFiles.replace(entry.get(), toProperties(draft));
        } catch (IOException e) {
            throw new UncheckedIOException("The registration journal cannot be written", e);
        }
    }

    /** The form journaled last, when there is a readable one. */
    public Optional<RegistrationDraft> read() {
        return entry.flatMap(JournalFiles::read).flatMap(RegistrationJournal::fromProperties);
    }

    /**
     * Forgets the entry (the patient was registered, or the form discarded); nothing when absent.
     */
    public void delete() {
        if (entry.isEmpty()) {
            return;
        }
        try {
            Files.deleteIfExists(entry.get());
        } catch (IOException e) {
            throw new UncheckedIOException("The registration journal cannot be deleted", e);
        }
    }

    private static Properties toProperties(RegistrationDraft draft) {
        Properties p = new Properties();
        p.setProperty("format", FORMAT);
        p.setProperty("journaledAt", draft.journaledAt().toString());
        draft.fields().forEach((name, value) -> p.setProperty(FIELD + name, value));
        p.setProperty("allergies", Integer.toString(draft.allergies().size()));
        for (int i = 0; i < draft.allergies().size(); i++) {
            TypedAllergy allergy = draft.allergies().get(i);
            String key = "allergy." + i + ".";
            p.setProperty(key + "substance", allergy.substance());
            allergy.reaction().ifPresent(r -> p.setProperty(key + "reaction", r));
            p.setProperty(key + "severity", allergy.severity().name());
        }
        p.setProperty("conditions", Integer.toString(draft.conditions().size()));
        for (int i = 0; i < draft.conditions().size(); i++) {
            p.setProperty("condition." + i, draft.conditions().get(i));
        }
        return p;
    }

    private static Optional<RegistrationDraft> fromProperties(Properties p) {
        try {
            Map<String, String> fields = new HashMap<>();
            for (String key : p.stringPropertyNames()) {
                if (key.startsWith(FIELD)) {
                    fields.put(key.substring(FIELD.length()), p.getProperty(key));
                }
            }
            return Optional.of(
                    new RegistrationDraft(
                            fields,
                            allergies(p),
                            conditions(p),
                            Instant.parse(required(p, "journaledAt"))));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            LOGGER.warn(
                    "The registration journal entry is malformed and was skipped: {}",
                    e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    private static List<TypedAllergy> allergies(Properties p) {
        List<TypedAllergy> allergies = new ArrayList<>();
        int count = Integer.parseInt(p.getProperty("allergies", "0"));
        for (int i = 0; i < count; i++) {
            allergies.add(
                    new TypedAllergy(
                            required(p, "allergy." + i + ".substance"),
                            Optional.ofNullable(p.getProperty("allergy." + i + ".reaction")),
                            AllergySeverity.valueOf(
                                    p.getProperty("allergy." + i + ".severity", "UNKNOWN"))));
        }
        return allergies;
    }

    private static List<String> conditions(Properties p) {
        List<String> conditions = new ArrayList<>();
        int count = Integer.parseInt(p.getProperty("conditions", "0"));
        for (int i = 0; i < count; i++) {
            conditions.add(required(p, "condition." + i));
        }
        return conditions;
    }

    private static String required(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException("Missing " + key);
        }
        return value;
    }
}
