package es.clinica.service;

import es.clinica.domain.Patient;
import es.clinica.domain.PatientProfile;
import es.clinica.service.port.PatientRepository;
import es.clinica.service.port.ProfileRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Fills the stores with a synthetic clinic ({@link SyntheticClinic}) for demos and benchmarks.
 *
 * <p>Profiles are written straight to MongoDB in bulk after each committed batch of patients, not
 * through the outbox: the outbox would triple the PostgreSQL work of a 100,000-patient seed (row,
 * claim, mark) for data that is made up and can be made again. If MongoDB fails midway the command
 * fails and says so; the patients committed so far have no profile, which {@code check} does not
 * count as an inconsistency (a missing profile is an empty one).
 *
 * <p>TODO: a year of appointments, notes and invoices, once the appointment and billing services
 * are merged; today only patients and profiles are seeded.
 */
public final class ClinicSeeder {

    /** Told after each batch. */
    @FunctionalInterface
    public interface Progress {
        void update(int done, int total);
    }

    /**
     * What a seed made.
     *
     * @param patients patients stored
     * @param allergies allergies in their profiles
     * @param took wall time
     * @param cancelled stopped before the end; what was counted is stored
     */
    public record SeedSummary(int patients, int allergies, Duration took, boolean cancelled) {}

    private static final int BATCH = 1_000;

    private final AccessControl access;
    private final PatientRepository patients;
    private final ProfileRepository profiles;
    private final Clock clock;

    public ClinicSeeder(
            AccessControl access,
            PatientRepository patients,
            ProfileRepository profiles,
            Clock clock) {
        this.access = access;
        this.patients = patients;
        this.profiles = profiles;
        this.clock = clock;
    }

    /**
     * Stores {@code count} synthetic patients of this seed with their profiles.
     *
     * @throws ConflictException {@code patient.nationalId.duplicate} when the database already
     *     holds one of them (seeding the same seed twice); the batch is not stored
     */
    public SeedSummary seed(int count, long seed, Progress progress, BooleanSupplier cancelled) {
        access.require(Permission.DATA_IMPORT);
        Instant start = Instant.now();
        SyntheticClinic clinic = new SyntheticClinic(seed);
        int done = 0;
        int allergies = 0;
        while (done < count) {
            if (cancelled.getAsBoolean()) {
                return new SeedSummary(done, allergies, since(start), true);
            }
            int size = Math.min(BATCH, count - done);
            allergies += seedBatch(clinic, done, size);
            done += size;
            progress.update(done, count);
        }
        return new SeedSummary(done, allergies, since(start), false);
    }

    private int seedBatch(SyntheticClinic clinic, int from, int size) {
        List<SyntheticClinic.Person> people = new ArrayList<>(size);
        for (int i = from; i < from + size; i++) {
            people.add(clinic.person(i));
        }
        List<Patient> stored =
                patients.createAll(people.stream().map(SyntheticClinic.Person::data).toList());
        Instant now = clock.instant();
        List<PatientProfile> documents = new ArrayList<>(size);
        int allergies = 0;
        for (int i = 0; i < stored.size(); i++) {
            ProfileData profile = people.get(i).profile();
            documents.add(profile.toProfile(stored.get(i).id(), 0, now));
            allergies += profile.allergies().size();
        }
        profiles.insertAll(documents);
        return allergies;
    }

    private static Duration since(Instant start) {
        return Duration.between(start, Instant.now());
    }
}
