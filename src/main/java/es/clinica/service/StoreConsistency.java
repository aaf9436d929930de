package es.clinica.service;

import es.clinica.service.port.OutboxRepository;
import es.clinica.service.port.PatientRepository;
import es.clinica.service.port.ProfileRepository;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** Looks for disagreements between PostgreSQL and MongoDB about patients; changes nothing. */
public final class StoreConsistency {

    private final OutboxRepository outbox;
    private final PatientRepository patients;
    private final ProfileRepository profiles;
    private final Clock clock;

    public StoreConsistency(
            OutboxRepository outbox,
            PatientRepository patients,
            ProfileRepository profiles,
            Clock clock) {
        this.outbox = outbox;
        this.patients = patients;
        this.profiles = profiles;
        this.clock = clock;
    }

    /** Outbox entries not applied after {@code age}: the relay is not getting through. */
    public long stuckOutboxEntries(Duration age) {
        return outbox.countStuck(clock.instant().minus(age));
    }

    /** Entries not applied yet, of any age. */
    public long pendingOutboxEntries() {
        return outbox.countPending();
    }

    /**
     * Ids of profiles in MongoDB whose patient is not in PostgreSQL.
     *
     * <p>TODO: one existence query per profile; a bulk "which of these ids exist" on the patient
     * repository would make this fast beyond ~100,000 profiles.
     */
    public List<Long> orphanProfiles() {
        return profiles.findAllPatientIds().stream().filter(id -> !patients.exists(id)).toList();
    }
}
