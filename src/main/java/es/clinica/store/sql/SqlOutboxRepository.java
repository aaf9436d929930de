package es.clinica.store.sql;

import es.clinica.domain.OutboxEntry;
import es.clinica.service.port.OutboxRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

/** {@link OutboxRepository} on PostgreSQL. */
public final class SqlOutboxRepository implements OutboxRepository {

    private static final int MAX_ERROR = 500;

    private final SqlStore store;
    private final Clock clock;

    public SqlOutboxRepository(SqlStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public long append(String aggregateType, String aggregateId, String kind, String payload) {
        return store.inTransaction(
                session -> {
                    OutboxEntity entity = new OutboxEntity();
                    entity.aggregateType = aggregateType;
                    entity.aggregateId = aggregateId;
                    entity.kind = kind;
                    entity.payload = payload;
                    entity.createdAt = clock.instant();
                    entity.nextAttemptAt = entity.createdAt;
                    session.persist(entity);
                    return entity.id;
                });
    }

    @Override
    public List<OutboxEntry> claimDue(int limit, Instant now, Duration lease) {
        return store.inTransaction(
                session -> {
                    List<OutboxEntry> claimed = new ArrayList<>();
                    for (Long id : lockDue(session, limit, now)) {
                        OutboxEntity entity = session.find(OutboxEntity.class, id);
                        entity.attempts++;
                        entity.nextAttemptAt = now.plus(lease);
                        claimed.add(entity.toDomain());
                    }
                    return claimed;
                });
    }

    private static List<Long> lockDue(Session session, int limit, Instant now) {
        return session.createNativeQuery(
                        "SELECT outbox_id FROM outbox"
                                + " WHERE processed_at IS NULL AND next_attempt_at <= :now"
                                + " ORDER BY outbox_id LIMIT :limit FOR UPDATE SKIP LOCKED",
                        Long.class)
                .setParameter("now", now)
                .setParameter("limit", Math.max(1, limit))
                .getResultList();
    }

    @Override
    public void markProcessed(long outboxId, Instant at) {
        store.inTransaction(
                session -> {
                    OutboxEntity entity = session.find(OutboxEntity.class, outboxId);
                    if (entity != null) {
                        entity.processedAt = at;
                        entity.lastError = null;
                    }
                    return null;
                });
    }

    @Override
    public void markFailed(long outboxId, String error, Instant now) {
        store.inTransaction(
                session -> {
                    OutboxEntity entity = session.find(OutboxEntity.class, outboxId);
                    if (entity != null) {
                        String reason = error == null ? "" : error;
                        entity.lastError =
                                reason.length() > MAX_ERROR
                                        ? reason.substring(0, MAX_ERROR)
                                        : reason;
                        entity.nextAttemptAt = now.plus(OutboxEntry.backoff(entity.attempts));
                    }
                    return null;
                });
    }

    @Override
    public long countPending() {
        return store.inTransaction(
                session ->
                        session.createSelectionQuery(
                                        "select count(*) from OutboxEntity where processedAt is"
                                                + " null",
                                        Long.class)
                                .getSingleResult());
    }

    @Override
    public long countStuck(Instant createdBefore) {
        return store.inTransaction(
                session ->
                        session.createSelectionQuery(
                                        "select count(*) from OutboxEntity where processedAt is"
                                                + " null and createdAt < :before",
                                        Long.class)
                                .setParameter("before", createdBefore)
                                .getSingleResult());
    }

    @Override
    public List<OutboxEntry> findStuck(Instant createdBefore, int limit) {
        return store.inTransaction(
                session ->
                        session
                                .createSelectionQuery(
                                        "from OutboxEntity where processedAt is null"
                                                + " and createdAt < :before order by id",
                                        OutboxEntity.class)
                                .setParameter("before", createdBefore)
                                .setMaxResults(Math.max(1, limit))
                                .getResultList()
                                .stream()
                                .map(OutboxEntity::toDomain)
                                .toList());
    }

    @Override
    public Optional<OutboxEntry> findLatestPending(String aggregateType, String aggregateId) {
        return store.inTransaction(
                session ->
                        session
                                .createSelectionQuery(
                                        "from OutboxEntity where processedAt is null"
                                                + " and aggregateType = :type and aggregateId = :id"
                                                + " order by id desc",
                                        OutboxEntity.class)
                                .setParameter("type", aggregateType)
                                .setParameter("id", aggregateId)
                                .setMaxResults(1)
                                .getResultList()
                                .stream()
                                .map(OutboxEntity::toDomain)
                                .findFirst());
    }
}
