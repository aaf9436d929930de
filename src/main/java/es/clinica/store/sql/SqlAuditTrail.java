package es.clinica.store.sql;

import es.clinica.service.UnavailableException;
import es.clinica.service.port.AuditAction;
import es.clinica.service.port.AuditAnchor;
import es.clinica.service.port.AuditChain;
import es.clinica.service.port.AuditTrail;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link AuditTrail} on PostgreSQL's {@code audit_log}, in plain JDBC inside the store's
 * transaction. An append takes a transaction-scoped advisory lock first, so two workstations
 * appending at once queue up and each chains to the row the other just wrote. Once the append's
 * transaction commits, the {@link AuditAnchor} is moved to the new row.
 */
public final class SqlAuditTrail implements AuditTrail {

    private static final Logger LOGGER = LoggerFactory.getLogger(SqlAuditTrail.class);

    /** The advisory lock key of the audit chain (any constant no other code uses). */
    private static final long CHAIN_LOCK = 0x4175646974L;

    private static final String COLUMNS =
            "audit_id, at, actor_account_id, actor_username, action, subject_type, subject_id,"
                    + " detail, previous_hash, row_hash";

    private final SqlStore store;
    private final AuditAnchor anchor;

    /**
     * @param anchor where the newest row is copied after each append, and checked by {@link
     *     #verify()}
     */
    public SqlAuditTrail(SqlStore store, AuditAnchor anchor) {
        this.store = store;
        this.anchor = anchor;
    }

    @Override
    public Entry append(Event event) {
        Event stored = truncated(event);
        return store.inTransaction(
                session -> {
                    Entry entry = session.doReturningWork(connection -> insert(connection, stored));
                    store.afterCommit(() -> anchor(entry));
                    return entry;
                });
    }

    /**
     * Moves the anchor to the new row, unless the row it names now is gone or changed: then the
     * newest rows were removed behind the trigger's back, the new row links onto the shortened
     * chain, and moving the anchor would hide that from {@code verify-audit}; it stays. A lagging
     * anchor is allowed (verify accepts a trail longer than it).
     */
    private void anchor(Entry entry) {
        try {
            Optional<AuditAnchor.Head> current = anchor.read();
            if (current.isPresent()
                    && current.get().auditId() < entry.auditId()
                    && !inTrail(current.get())) {
                LOGGER.error(
                        "The audit row {} the anchor names is missing or changed; the anchor stays"
                                + " there: run verify-audit",
                        current.get().auditId());
                return;
            }
            anchor.advance(new AuditAnchor.Head(entry.auditId(), entry.rowHash()));
        } catch (UnavailableException e) {
            LOGGER.warn("The audit anchor was not moved; it lags until the next append", e);
        }
    }

    private boolean inTrail(AuditAnchor.Head head) {
        return store.inTransaction(
                session ->
                        session.doReturningWork(
                                connection -> {
                                    try (PreparedStatement query =
                                            connection.prepareStatement(
                                                    "SELECT row_hash FROM audit_log"
                                                            + " WHERE audit_id = ?")) {
                                        query.setLong(1, head.auditId());
                                        try (ResultSet row = query.executeQuery()) {
                                            return row.next()
                                                    && head.rowHash().equals(row.getString(1));
                                        }
                                    }
                                }));
    }

    private static Entry insert(Connection connection, Event event) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_advisory_xact_lock(" + CHAIN_LOCK + ")");
        }
        String previous = lastHash(connection);
        long id = nextId(connection);
        String hash = AuditChain.rowHash(id, event, previous);
        try (PreparedStatement insert =
                connection.prepareStatement(
                        "INSERT INTO audit_log ("
                                + COLUMNS
                                + ") OVERRIDING SYSTEM VALUE"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setObject(2, OffsetDateTime.ofInstant(event.at(), ZoneOffset.UTC));
            if (event.actorAccountId().isPresent()) {
                insert.setLong(3, event.actorAccountId().getAsLong());
            } else {
                insert.setNull(3, Types.BIGINT);
            }
            insert.setString(4, event.actorUsername());
            insert.setString(5, event.action().name());
            insert.setString(6, event.subjectType());
            insert.setString(7, event.subjectId());
            insert.setString(8, event.detail());
            insert.setString(9, previous);
            insert.setString(10, hash);
            insert.executeUpdate();
        }
        return new Entry(id, event, previous, hash);
    }

    private static String lastHash(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet last =
                        statement.executeQuery(
                                "SELECT row_hash FROM audit_log ORDER BY audit_id DESC LIMIT 1")) {
            return last.next() ? last.getString(1) : AuditChain.GENESIS;
        }
    }

    /** Taken under the lock, so ids grow in chain order. */
    private static long nextId(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet next =
                        statement.executeQuery(
                                "SELECT nextval(pg_get_serial_sequence('audit_log',"
                                        + " 'audit_id'))")) {
            next.next();
            return next.getLong(1);
        }
    }

    @Override
    public List<Entry> findBySubject(String subjectType, String subjectId) {
        return store.inTransaction(
                session ->
                        session.doReturningWork(
                                connection -> {
                                    try (PreparedStatement query =
                                            connection.prepareStatement(
                                                    "SELECT "
                                                            + COLUMNS
                                                            + " FROM audit_log WHERE subject_type"
                                                            + " = ? AND subject_id = ?"
                                                            + " ORDER BY audit_id")) {
                                        query.setString(1, subjectType);
                                        query.setString(2, subjectId);
                                        return readAll(query);
                                    }
                                }));
    }

    @Override
    public Verification verify() {
        // Read before the trail: the anchor is moved after commit, so the trail read next holds it.
        Optional<AuditAnchor.Head> anchored = anchor.read();
        return store.inTransaction(
                session ->
                        session.doReturningWork(
                                connection -> {
                                    try (PreparedStatement query =
                                            connection.prepareStatement(
                                                    "SELECT "
                                                            + COLUMNS
                                                            + " FROM audit_log ORDER BY"
                                                            + " audit_id")) {
                                        query.setFetchSize(1_000);
                                        return walk(query, anchored);
                                    }
                                }));
    }

    private static Verification walk(PreparedStatement query, Optional<AuditAnchor.Head> anchored)
            throws SQLException {
        String previous = AuditChain.GENESIS;
        long checked = 0;
        OptionalLong last = OptionalLong.empty();
        boolean anchorFound = false;
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                checked++;
                Optional<Entry> read = readable(rows);
                if (read.isEmpty()) {
                    return new Verification(
                            checked,
                            OptionalLong.of(rows.getLong("audit_id")),
                            Optional.of(Breach.ROW_CHANGED));
                }
                Entry entry = read.get();
                if (!entry.previousHash().equals(previous)) {
                    return broken(checked, entry, Breach.ROW_REMOVED);
                }
                String expected =
                        AuditChain.rowHash(entry.auditId(), entry.event(), entry.previousHash());
                if (!expected.equals(entry.rowHash())) {
                    return broken(checked, entry, Breach.ROW_CHANGED);
                }
                if (anchored.isPresent() && anchored.get().auditId() == entry.auditId()) {
                    if (!anchored.get().rowHash().equals(entry.rowHash())) {
                        return broken(checked, entry, Breach.ANCHOR_MISMATCH);
                    }
                    anchorFound = true;
                }
                previous = entry.rowHash();
                last = OptionalLong.of(entry.auditId());
            }
        }
        return ended(checked, last, anchored, anchorFound);
    }

    /** The end of an intact chain: it must still hold the anchored row. */
    private static Verification ended(
            long checked,
            OptionalLong last,
            Optional<AuditAnchor.Head> anchored,
            boolean anchorFound) {
        OptionalLong anchoredId =
                anchored.map(head -> OptionalLong.of(head.auditId())).orElse(OptionalLong.empty());
        if (anchored.isPresent() && !anchorFound) {
            return new Verification(
                    checked, anchoredId, Optional.of(Breach.NEWEST_REMOVED), last, anchoredId);
        }
        return new Verification(checked, OptionalLong.empty(), Optional.empty(), last, anchoredId);
    }

    /** The row, or empty when a column was changed to something no append writes. */
    private static Optional<Entry> readable(ResultSet rows) throws SQLException {
        try {
            return Optional.of(entry(rows));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Verification broken(long checked, Entry entry, Breach breach) {
        return new Verification(checked, OptionalLong.of(entry.auditId()), Optional.of(breach));
    }

    private static List<Entry> readAll(PreparedStatement query) throws SQLException {
        List<Entry> entries = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                entries.add(entry(rows));
            }
        }
        return entries;
    }

    private static Entry entry(ResultSet rows) throws SQLException {
        long actor = rows.getLong("actor_account_id");
        OptionalLong actorId = rows.wasNull() ? OptionalLong.empty() : OptionalLong.of(actor);
        Event event =
                new Event(
                        rows.getObject("at", OffsetDateTime.class).toInstant(),
                        actorId,
                        rows.getString("actor_username"),
                        AuditAction.valueOf(rows.getString("action")),
                        rows.getString("subject_type"),
                        rows.getString("subject_id"),
                        rows.getString("detail"));
        return new Entry(
                rows.getLong("audit_id"),
                event,
                rows.getString("previous_hash"),
                rows.getString("row_hash"));
    }

    private static Event truncated(Event event) {
        return new Event(
                event.at().truncatedTo(ChronoUnit.MILLIS),
                event.actorAccountId(),
                event.actorUsername(),
                event.action(),
                event.subjectType(),
                event.subjectId(),
                event.detail());
    }
}
