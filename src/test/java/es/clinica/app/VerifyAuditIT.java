package es.clinica.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import es.clinica.app.cli.Cli;
import es.clinica.service.port.AuditAction;
import es.clinica.service.port.AuditTrail;
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
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The audit trail's chain, its append-only rule, and {@code verify-audit} finding tampering. */
class VerifyAuditIT {

    private final String url = freshDatabase();
    private final Settings settings =
            TestStores.get()
                    .settings()
                    .with(Settings.PG_URL, url)
                    .with(Settings.LOCALE, "en")
                    .with(Settings.HOME, TestStores.scratch().resolve("verify-audit").toString());
    private final SqlStore store = SqlStore.open(url, settings.pgUser(), settings.pgPassword());
    private final SqlAuditTrail trail = new SqlAuditTrail(store);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @AfterEach
    void close() {
        store.close();
    }

    private static String freshDatabase() {
        Settings shared = TestStores.get().settings();
        String name = "t_audit_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String server = shared.pgUrl().orElseThrow();
        try (Connection admin =
                        DriverManager.getConnection(server, shared.pgUser(), shared.pgPassword());
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        int query = server.indexOf('?');
        String base = query < 0 ? server : server.substring(0, query);
        return base.substring(0, base.lastIndexOf('/') + 1) + name;
    }

    private AuditTrail.Entry append(int n) {
        return trail.append(
                new AuditTrail.Event(
                        Instant.parse("2026-03-02T08:00:00Z").plusSeconds(n),
                        OptionalLong.of(7),
                        "dra.ruiz",
                        AuditAction.CLINICAL_OPENED,
                        "patient",
                        Long.toString(100 + n),
                        "summary"));
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
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("intact (40 rows checked)");
    }

    @Test
    void theApplicationCannotChangeOrRemoveARow() {
        AuditTrail.Entry entry = append(1);

        assertThatThrownBy(() -> execute("UPDATE audit_log SET detail = 'x'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> execute("DELETE FROM audit_log"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> execute("TRUNCATE audit_log")).hasMessageContaining("append-only");
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
}
