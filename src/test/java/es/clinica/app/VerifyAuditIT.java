package es.clinica.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import es.clinica.app.cli.Cli;
import es.clinica.service.port.AuditAction;
import es.clinica.service.port.AuditChain;
import es.clinica.service.port.AuditTrail;
import es.clinica.store.mongo.MongoAuditAnchor;
import es.clinica.store.mongo.MongoStore;
import es.clinica.store.sql.SqlAuditTrail;
import es.clinica.store.sql.SqlStore;
import es.clinica.testsupport.TestStores;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The audit trail's chain, its append-only rule, and {@code verify-audit} finding tampering. */
class VerifyAuditIT {

    private final Settings settings =
            TestStores.get()
                    .freshSettings()
                    .with(Settings.LOCALE, "en")
                    .with(Settings.HOME, TestStores.scratch().resolve("verify-audit").toString());
    private final String url = settings.pgUrl().orElseThrow();
    private final SqlStore store = SqlStore.open(url, settings.pgUser(), settings.pgPassword());
    private final MongoStore mongo = MongoStore.open(settings.mongoUri().orElseThrow());
    private final SqlAuditTrail trail = new SqlAuditTrail(store, new MongoAuditAnchor(mongo));
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @AfterEach
    void close() {
        store.close();
        mongo.close();
    }

    private AuditTrail.Entry append(int n) {
        return append(trail, n);
    }

    private static AuditTrail.Entry append(AuditTrail trail, int n) {
        return trail.append(event(n));
    }

    private static AuditTrail.Event event(int n) {
        return new AuditTrail.Event(
                Instant.parse("2026-03-02T08:00:00Z").plusSeconds(n),
                OptionalLong.of(7),
                "dra.ruiz",
                AuditAction.CLINICAL_OPENED,
                "patient",
                Long.toString(100 + n),
                "summary");
    }

    private int verifyAudit() {
        return Cli.standard()
                .run(
                        new String[] {"verify-audit"},
                        settings,
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private void asSuperuser(String sql) throws SQLException {
        try (Connection connection =
                        DriverManager.getConnection(url, settings.pgUser(), settings.pgPassword());
                Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only");
            statement.execute(sql);
            statement.execute("ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only");
        }
    }

    @Test
    void eachRowChainsToThePreviousOneEvenWhenAppendedConcurrently() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<AuditTrail.Entry>> appends = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int n = i;
            appends.add(pool.submit(() -> append(n)));
        }
        for (Future<AuditTrail.Entry> future : appends) {
            future.get();
        }
        pool.shutdown();

        AuditTrail.Verification result = trail.verify();
        assertThat(result.intact()).isTrue();
        assertThat(result.rowsChecked()).isEqualTo(40);
        assertThat(verifyAudit()).isEqualTo(Cli.OK);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("intact (40 rows checked)")
                .contains("anchored in MongoDB (auditoria_ancla), row 40, is in the trail");
    }

    @Test
    void theApplicationsConnectionsCannotChangeRemoveOrUnprotectARow() {
        AuditTrail.Entry entry = append(1);

        assertThatThrownBy(() -> execute("UPDATE audit_log SET detail = 'x'"))
                .hasMessageContaining("permission denied for table audit_log");
        assertThatThrownBy(() -> execute("DELETE FROM audit_log"))
                .hasMessageContaining("permission denied for table audit_log");
        assertThatThrownBy(() -> execute("TRUNCATE audit_log"))
                .hasMessageContaining("permission denied for table audit_log");
        assertThatThrownBy(
                        () ->
                                execute(
                                        "ALTER TABLE audit_log DISABLE TRIGGER"
                                                + " audit_log_append_only"))
                .hasMessageContaining("must be owner of table audit_log");
        assertThat(trail.findBySubject("patient", "101")).containsExactly(entry);
    }

    @Test
    void evenTheOwnerCannotChangeOrRemoveARowWhileTheTriggerIsOn() throws SQLException {
        AuditTrail.Entry entry = append(1);

        try (Connection owner =
                        DriverManager.getConnection(url, settings.pgUser(), settings.pgPassword());
                Statement statement = owner.createStatement()) {
            assertThatThrownBy(() -> statement.execute("UPDATE audit_log SET detail = 'x'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.execute("DELETE FROM audit_log"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.execute("TRUNCATE audit_log"))
                    .hasMessageContaining("append-only");
        }
        assertThat(trail.findBySubject("patient", "101")).containsExactly(entry);
    }

    @Test
    void verifyAuditFindsARowChangedBehindTheTriggersBack() throws SQLException {
        append(1);
        AuditTrail.Entry victim = append(2);
        append(3);

        asSuperuser("UPDATE audit_log SET subject_id = '999' WHERE audit_id = " + victim.auditId());

        assertThat(verifyAudit()).isEqualTo(Cli.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("row " + victim.auditId() + " was changed");
    }

    @Test
    void verifyAuditFindsARemovedRow() throws SQLException {
        append(1);
        AuditTrail.Entry removed = append(2);
        AuditTrail.Entry next = append(3);

        asSuperuser("DELETE FROM audit_log WHERE audit_id = " + removed.auditId());

        assertThat(trail.verify().firstBrokenRow()).hasValue(next.auditId());
        assertThat(verifyAudit()).isEqualTo(Cli.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("rows were removed before row " + next.auditId());
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = store.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Test
    void verifyAuditFindsTheNewestRowsRemoved() throws SQLException {
        append(1);
        AuditTrail.Entry kept = append(2);
        append(3);
        AuditTrail.Entry newest = append(4);

        asSuperuser("DELETE FROM audit_log WHERE audit_id > " + kept.auditId());

        assertThat(trail.verify().breach()).hasValue(AuditTrail.Breach.NEWEST_REMOVED);
        assertThat(verifyAudit()).isEqualTo(Cli.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains(
                        "cut short: row "
                                + newest.auditId()
                                + ", the newest row anchored in MongoDB (auditoria_ancla), is"
                                + " missing; the trail now ends at row "
                                + kept.auditId());
    }

    @Test
    void rowsAppendedAfterTheNewestWereRemovedDoNotHideTheRemoval() throws SQLException {
        append(1);
        AuditTrail.Entry kept = append(2);
        AuditTrail.Entry newest = append(3);
        asSuperuser("DELETE FROM audit_log WHERE audit_id > " + kept.auditId());

        // The next logins and openings link onto the shortened chain; the anchor must not follow.
        append(4);
        append(5);

        assertThat(trail.verify().breach()).hasValue(AuditTrail.Breach.NEWEST_REMOVED);
        assertThat(verifyAudit()).isEqualTo(Cli.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("row " + newest.auditId() + ", the newest row anchored");
    }

    @Test
    void verifyAuditFindsTheWholeTrailRemoved() throws SQLException {
        append(1);
        AuditTrail.Entry newest = append(2);

        asSuperuser("DELETE FROM audit_log");

        assertThat(verifyAudit()).isEqualTo(Cli.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("row " + newest.auditId() + ", the newest row anchored")
                .contains("the trail is now empty");
    }

    @Test
    void verifyAuditFindsTheNewestRowsReplacedWithAConsistentForgery() throws SQLException {
        append(1);
        AuditTrail.Entry kept = append(2);
        AuditTrail.Entry newest = append(3);
        asSuperuser("DELETE FROM audit_log WHERE audit_id > " + kept.auditId());

        AuditTrail.Event forged = event(99);
        String hash = AuditChain.rowHash(newest.auditId(), forged, kept.rowHash());
        asSuperuser(
                "INSERT INTO audit_log (audit_id, at, actor_account_id, actor_username, action,"
                        + " subject_type, subject_id, detail, previous_hash, row_hash)"
                        + " OVERRIDING SYSTEM VALUE VALUES ("
                        + newest.auditId()
                        + ", '2026-03-02T08:01:39Z', 7, 'dra.ruiz', 'CLINICAL_OPENED', 'patient',"
                        + " '199', 'summary', '"
                        + kept.rowHash()
                        + "', '"
                        + hash
                        + "')");

        assertThat(verifyAudit()).isEqualTo(Cli.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains(
                        "row " + newest.auditId() + " no longer has the hash anchored in MongoDB");
    }

    @Test
    void anAnchorLaggingBehindTheTrailIsNoAlarm() {
        append(1);
        AuditTrail.Entry anchored = append(2);
        AuditTrail.Entry newest;
        try (MongoStore elsewhere = TestStores.get().freshMongo()) {
            // As if the workstation stopped between the commit and the anchor's move.
            newest = append(new SqlAuditTrail(store, new MongoAuditAnchor(elsewhere)), 3);
        }

        assertThat(verifyAudit()).isEqualTo(Cli.OK);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("row " + anchored.auditId() + ", is in the trail with the same hash")
                .contains("the trail ends at row " + newest.auditId());
    }
}
