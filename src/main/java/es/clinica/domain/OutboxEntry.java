package es.clinica.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A change committed to PostgreSQL that still has to reach another store (MongoDB), written in the
 * same transaction as the change. The relay applies it idempotently (upsert by aggregate id).
 *
 * @param id PostgreSQL's id, increasing in commit-ish order
 * @param aggregateType what the change is about, e.g. {@code patient_profile}, {@code medical_note}
 * @param aggregateId the id of that thing (the MongoDB document id)
 * @param kind what to do, e.g. {@code upsert}
 * @param payload JSON text of the whole new state (so applying twice is harmless)
 * @param createdAt when it was written
 * @param attempts how many times it was claimed
 * @param lastError the last failure's short technical reason, never patient data
 * @param nextAttemptAt when it is due (again)
 * @param processedAt when it was applied
 */
public record OutboxEntry(
        long id,
        String aggregateType,
        String aggregateId,
        String kind,
        String payload,
        Instant createdAt,
        int attempts,
        Optional<String> lastError,
        Instant nextAttemptAt,
        Optional<Instant> processedAt) {

    private static final Duration FIRST_RETRY = Duration.ofSeconds(2);
    private static final Duration MAX_RETRY = Duration.ofMinutes(5);

    /**
     * The wait before retrying after {@code attempts} failed tries: 2 s doubling each time, at most
     * 5 minutes.
     */
    public static Duration backoff(int attempts) {
        int doublings = Math.max(0, Math.min(attempts - 1, 16));
        Duration wait = FIRST_RETRY.multipliedBy(1L << doublings);
        return wait.compareTo(MAX_RETRY) > 0 ? MAX_RETRY : wait;
    }
}
