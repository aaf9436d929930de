package es.clinica.service.port;

import es.clinica.domain.OutboxEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox: changes bound for another store, written in the caller's PostgreSQL transaction so
 * they commit or roll back with the change itself.
 */
public interface OutboxRepository {

    /**
     * Appends an entry, due now, in the caller's transaction (or one of its own).
     *
     * @param payload JSON text
     * @return the entry's id
     */
    long append(String aggregateType, String aggregateId, String kind, String payload);

    /**
     * Claims up to {@code limit} due, unprocessed entries, oldest first, for {@code lease}: their
     * attempts go up by one and they are not due again before {@code now + lease}. Concurrent
     * claimers never get the same entry (FOR UPDATE SKIP LOCKED). Runs in its own transaction when
     * called outside one, so the claim is committed when it returns.
     */
    List<OutboxEntry> claimDue(int limit, Instant now, Duration lease);

    /** Marks an entry applied; it is never claimed again. */
    void markProcessed(long outboxId, Instant at);

    /**
     * Records a failure and when to retry ({@code now} + {@link OutboxEntry#backoff} of its
     * attempts).
     *
     * @param error a short technical reason, never patient data (cut to 500 characters)
     */
    void markFailed(long outboxId, String error, Instant now);

    /** Unprocessed entries. */
    long countPending();

    /** Unprocessed entries created before {@code createdBefore}: stuck, for {@code check}. */
    long countStuck(Instant createdBefore);

    /** Up to {@code limit} stuck entries, oldest first. */
    List<OutboxEntry> findStuck(Instant createdBefore, int limit);

    /**
     * The newest unprocessed entry about this aggregate, if any: what a reader shows while the
     * change has not reached the other store yet.
     */
    Optional<OutboxEntry> findLatestPending(String aggregateType, String aggregateId);
}
