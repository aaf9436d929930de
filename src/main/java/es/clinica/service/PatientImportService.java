package es.clinica.service;

import es.clinica.domain.BundleReadResult;
import es.clinica.domain.ImportIssue;
import es.clinica.domain.ImportedPatient;
import es.clinica.domain.Patient;
import es.clinica.domain.PatientData;
import es.clinica.domain.PatientIdentifier;
import es.clinica.domain.PatientProfile;
import es.clinica.domain.RuleViolation;
import es.clinica.service.port.PatientBundleReader;
import es.clinica.service.port.PatientRepository;
import es.clinica.service.port.ProfileRepository;
import es.clinica.service.port.Transactions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes patients in from FHIR R4 files, through the same rules as the front desk: core data to
 * PostgreSQL, profiles (allergies, conditions, address, maiden name) through the outbox. A patient
 * is recognised by its source identifier, so importing a file again creates nothing and changes
 * nothing that did not change. Patients are written in batches, one transaction per batch; a batch
 * that a database rule refuses is retried patient by patient so only the faulty one is left out.
 */
public final class PatientImportService {

    /** Told after each batch, on the importing thread. */
    @FunctionalInterface
    public interface Progress {

        /**
         * @param file the file being imported
         * @param done patients of that file handled so far
         * @param total patients read from that file
         */
        void update(String file, int done, int total);
    }

    private static final Logger LOGGER = LoggerFactory.getLogger(PatientImportService.class);
    private static final int BATCH = 200;

    private final AccessControl access;
    private final PatientBundleReader reader;
    private final Transactions transactions;
    private final PatientRepository patients;
    private final ProfileRepository profiles;
    private final ProfileOutbox profileOutbox;
    private final OutboxRelay relay;
    private final Clock clock;

    public PatientImportService(
            AccessControl access,
            PatientBundleReader reader,
            Transactions transactions,
            PatientRepository patients,
            ProfileRepository profiles,
            ProfileOutbox profileOutbox,
            OutboxRelay relay,
            Clock clock) {
        this.access = access;
        this.reader = reader;
        this.transactions = transactions;
        this.patients = patients;
        this.profiles = profiles;
        this.profileOutbox = profileOutbox;
        this.relay = relay;
        this.clock = clock;
    }

    /**
     * Imports files and folders (a folder's {@code .json} files, in name order). A file that is not
     * FHIR is reported in the summary and the others go on.
     *
     * @param cancelled looked at between batches; what was committed stays, consistent
     * @throws UnavailableException when PostgreSQL cannot be reached; batches already committed
     *     stay
     */
    public ImportSummary importFiles(
            List<Path> paths, Progress progress, BooleanSupplier cancelled) {
        access.require(Permission.DATA_IMPORT);
        Tally tally = new Tally();
        for (Path file : expand(paths, tally)) {
            if (cancelled.getAsBoolean()) {
                tally.cancelled = true;
                break;
            }
            importFile(file, progress, cancelled, tally);
        }
        relay.nudge();
        return tally.summary();
    }

    private void importFile(Path file, Progress progress, BooleanSupplier cancelled, Tally tally) {
        tally.files++;
        BundleReadResult read;
        try {
            read = reader.read(file);
        } catch (InvalidInputException e) {
            tally.failed.add(
                    new ImportSummary.FailedFile(
                            file.getFileName().toString(), e.messageKey(), e.arguments()));
            return;
        }
        read.skippedByType().forEach((type, n) -> tally.skipped.merge(type, n, Integer::sum));
        tally.issues.addAll(read.issues());
        List<ImportedPatient> all = read.patients();
        for (int from = 0; from < all.size(); from += BATCH) {
            if (cancelled.getAsBoolean()) {
                tally.cancelled = true;
                return;
            }
            List<ImportedPatient> batch = all.subList(from, Math.min(all.size(), from + BATCH));
            importBatch(read.file(), batch, tally);
            progress.update(read.file(), Math.min(all.size(), from + BATCH), all.size());
        }
    }

    private void importBatch(String file, List<ImportedPatient> batch, Tally tally) {
        List<Planned> plans = new ArrayList<>();
        for (ImportedPatient imported : batch) {
            plan(file, imported, tally).ifPresent(plans::add);
        }
        try {
            write(plans);
            plans.forEach(tally::count);
        } catch (ConflictException e) {
            if (plans.size() == 1) {
                tally.issues.add(issue(file, plans.get(0).imported, e.messageKey()));
                return;
            }
            LOGGER.info(
                    "An import batch was refused ({}); retrying it patient by patient",
                    e.messageKey());
            for (ImportedPatient imported : batch) {
                importBatch(file, List.of(imported), tally);
            }
        }
    }

    private Optional<Planned> plan(String file, ImportedPatient imported, Tally tally) {
        PatientData data;
        try {
            data = ImportMapping.patientData(imported, clock);
        } catch (RuleViolation e) {
            tally.issues.add(issue(file, imported, e.messageKey()));
            return Optional.empty();
        }
        ProfileData profile = ImportMapping.profile(imported);
        Optional<Patient> existing =
                patients.findByIdentifier(ImportMapping.sourceIdentifier(imported));
        if (existing.isEmpty()) {
            return Optional.of(new Planned(imported, data, profile, Outcome.CREATED, 0));
        }
        Patient patient = existing.get();
        PatientData merged = keepNationalId(patient.data(), data);
        boolean same =
                merged.equals(patient.data())
                        && currentProfile(patient.id()).filter(profile::equals).isPresent();
        return Optional.of(
                new Planned(
                        imported,
                        merged,
                        profile,
                        same ? Outcome.UNCHANGED : Outcome.UPDATED,
                        patient.id()));
    }

    // Reception may have added the national id since the last import; the file does not have it.
    private static PatientData keepNationalId(PatientData stored, PatientData imported) {
        return new PatientData(
                stored.nationalId(),
                stored.needsNationalId(),
                imported.name(),
                imported.dateOfBirth(),
                imported.sex(),
                imported.phone(),
                imported.email(),
                imported.deceased(),
                imported.deceasedOn());
    }

    private Optional<ProfileData> currentProfile(long patientId) {
        try {
            Optional<PatientProfile> current =
                    profileOutbox.pending(patientId).or(() -> profiles.findByPatientId(patientId));
            return current.map(ProfileData::of);
        } catch (UnavailableException e) {
            // Without MongoDB we cannot tell; writing the same profile again is harmless.
            return Optional.empty();
        }
    }

    private void write(List<Planned> plans) {
        transactions.run(
                () -> {
                    List<Planned> created =
                            plans.stream().filter(p -> p.outcome == Outcome.CREATED).toList();
                    List<Patient> stored =
                            patients.createAll(created.stream().map(p -> p.data).toList());
                    for (int i = 0; i < stored.size(); i++) {
                        long id = stored.get(i).id();
                        for (PatientIdentifier identifier :
                                ImportMapping.identifiers(created.get(i).imported)) {
                            patients.addIdentifier(id, identifier);
                        }
                        profileOutbox.append(id, created.get(i).profile, clock.instant());
                    }
                    for (Planned plan : plans) {
                        if (plan.outcome == Outcome.UPDATED) {
                            patients.update(plan.patientId, plan.data);
                            profileOutbox.append(plan.patientId, plan.profile, clock.instant());
                        }
                    }
                });
    }

    private static ImportIssue issue(String file, ImportedPatient imported, String reason) {
        return new ImportIssue(
                file,
                "Patient " + imported.sourceIdentifier().value(),
                ImportIssue.Kind.MISSING_DATA,
                reason == null ? "" : reason);
    }

    private static List<Path> expand(List<Path> paths, Tally tally) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.isDirectory(path)) {
                files.add(path);
                continue;
            }
            try (Stream<Path> inside = Files.list(path)) {
                inside.filter(p -> p.getFileName().toString().endsWith(".json"))
                        .filter(Files::isRegularFile)
                        .sorted()
                        .forEach(files::add);
            } catch (IOException e) {
                LOGGER.warn("Cannot list an import folder", e);
                tally.failed.add(
                        new ImportSummary.FailedFile(
                                path.getFileName().toString(),
                                "import.file.unreadable",
                                List.of(path.getFileName().toString())));
            }
        }
        return files;
    }

    private enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED
    }

    private record Planned(
            ImportedPatient imported,
            PatientData data,
            ProfileData profile,
            Outcome outcome,
            long patientId) {}

    private static final class Tally {
        int files;
        int created;
        int updated;
        int unchanged;
        int allergies;
        int conditions;
        boolean cancelled;
        final Map<String, Integer> skipped = new HashMap<>();
        final List<ImportIssue> issues = new ArrayList<>();
        final List<ImportSummary.FailedFile> failed = new ArrayList<>();

        void count(Planned plan) {
            switch (plan.outcome) {
                case CREATED:
                    created++;
                    break;
                case UPDATED:
                    updated++;
                    break;
                default:
                    unchanged++;
                    return;
            }
            allergies += plan.profile.allergies().size();
            conditions += plan.profile.conditions().size();
        }

        ImportSummary summary() {
            return new ImportSummary(
                    files,
                    created,
                    updated,
                    unchanged,
                    allergies,
                    conditions,
                    skipped,
                    issues,
                    failed,
                    cancelled);
        }
    }
}
