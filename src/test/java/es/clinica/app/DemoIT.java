package es.clinica.app;

import static org.assertj.core.api.Assertions.assertThat;

import es.clinica.app.cli.Cli;
import es.clinica.service.AuditService;
import es.clinica.service.port.AuditAction;
import es.clinica.service.port.AuditTrail;
import es.clinica.store.mongo.MongoAuditAnchor;
import es.clinica.store.mongo.MongoStore;
import es.clinica.store.sql.SqlAuditTrail;
import es.clinica.store.sql.SqlStore;
import es.clinica.testsupport.TestClinic;
import es.clinica.testsupport.TestStores;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The clinic's whole story told by {@code demo} over fresh stores, as an operator would run it. */
class DemoIT {

    private final Settings settings =
            TestStores.get()
                    .freshSettings()
                    .with(Settings.LOCALE, "en")
                    .with(
                            Settings.HOME,
                            TestStores.scratch().resolve("demo-" + UUID.randomUUID()).toString());

    private record Run(int exit, List<String> out, String err) {}

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit =
                Cli.standard()
                        .run(
                                args,
                                settings,
                                new PrintStream(out, true, StandardCharsets.UTF_8),
                                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(
                exit,
                out.toString(StandardCharsets.UTF_8).lines().toList(),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void demoTellsTheStoryReadingEveryStepBackAndRunsAgainOnTheSameStores() {
        TestClinic.seedDemoAccounts(settings);

        Run first = run("demo");

        assertThat(first.exit()).as(first.err()).isZero();
        assertStory(first.out(), 1);
        Run second = run("demo");
        assertThat(second.exit()).as(second.err()).isZero();
        assertStory(second.out(), 2);
        assertThat(run("verify-audit").exit()).isZero();
        assertThat(invoiceAuditRows()).containsExactly(AuditAction.INVOICE_ISSUED);
    }

    private void assertStory(List<String> out, int run) {
        int year = LocalDate.now(settings.zone()).getYear();
        assertThat(out)
                .filteredOn(line -> line.startsWith("Step "))
                .containsExactly(
                        "Step 1 of 8: Reception logs in",
                        "Step 2 of 8: A patient asks for an appointment",
                        "Step 3 of 8: The patient arrives and joins the waiting list",
                        "Step 4 of 8: The doctor logs in and becomes available",
                        "Step 5 of 8: The doctor calls the patient, writes and signs the note,"
                                + " and ends the consultation",
                        "Step 6 of 8: Billing logs in and invoices the visit",
                        "Step 7 of 8: The services ranking moves",
                        "Step 8 of 8: The sessions expire by themselves");
        assertThat(out)
                .anyMatch(
                        l ->
                                l.matches(
                                        "  Redis: key .*sesion:.{8}… holds the session of"
                                                + " recepcion \\(role RECEPTION\\); it expires by"
                                                + " itself in [1-5] s unless used\\."))
                .anyMatch(
                        l ->
                                l.matches(
                                        "  PostgreSQL: patient #\\d+ Lucía Demo Prueba X[a-z]{4},"
                                                + " DNI \\d{8}[A-Z], registered .*"))
                .anyMatch(l -> l.matches("  PostgreSQL: appointment #\\d+ of .* status BOOKED\\."))
                .anyMatch(
                        l ->
                                l.equals(
                                                "  Redis: citas_hoy (appointments today) went from "
                                                        + (run - 1)
                                                        + " to "
                                                        + run
                                                        + ".")
                                        || l.startsWith("  Redis: citas_hoy stays at"))
                .anyMatch(l -> l.matches("  PostgreSQL: appointment #\\d+ is CHECKED_IN since .*"))
                .anyMatch(
                        l ->
                                l.matches(
                                        "  Redis: cola_atencion holds 1 entry\\(ies\\) in arrival"
                                                + " order \\[#\\d+\\]; the demo patient is number"
                                                + " 1\\."))
                .anyMatch(
                        l -> l.matches("  Redis: medicos_disponibles holds doctors \\[\\d+\\];.*"))
                .anyMatch(l -> l.matches("  Redis: .* en_consulta:\\d+ holds \\[#\\d+\\]\\."))
                .anyMatch(l -> l.matches("  Redis: actividad_medico:\\d+ says \"llamada\" .*"))
                .anyMatch(
                        l ->
                                l.matches(
                                        "  MongoDB: notas_medicas document [0-9a-f-]{36} .*signed"
                                                + " at .* diagnosis J06\\.9 .*"))
                .anyMatch(l -> l.matches("  PostgreSQL: appointment #\\d+ is COMPLETED since .*"))
                .anyMatch(l -> l.matches("  Redis: actividad_medico:\\d+ says \"fin\" .*"))
                .anyMatch(
                        l ->
                                l.matches(
                                        "  PostgreSQL: invoice F-"
                                                + year
                                                + "-00000"
                                                + run
                                                + " \\(invoices #\\d+\\) is ISSUED: base 45.00,"
                                                + " VAT 0.00, total 45.00 EUR\\."))
                .anyMatch(l -> l.contains("line 1: CONS-MG Consulta de medicina general"))
                .contains(
                        "  Redis: ranking_servicios gives CONS-MG a quantity of "
                                + run
                                + " (it was "
                                + (run - 1)
                                + "); it ranks number 1.")
                .anyMatch(l -> l.startsWith("  The workstation now refuses work: "))
                .endsWith("Demo complete: the effect of every step was read back from the stores.");
        assertThat(out).filteredOn(l -> l.matches("  Redis: key .* is gone, .*")).hasSize(3);
    }

    @Test
    void demoRefusesWithoutTheDemoAccountsAndWritesNothing() throws SQLException {
        Run refused = run("demo");

        assertThat(refused.exit()).isEqualTo(Cli.FAILED);
        assertThat(refused.err())
                .startsWith(
                        "The demo failed at step 0 (Checking that the demo can run here): The demo"
                                + " logs in as recepcion, and that account does not exist here.");
        assertThat(count("patients")).isZero();
        assertThat(count("appointments")).isZero();
    }

    private long count(String table) throws SQLException {
        try (Connection connection =
                        DriverManager.getConnection(
                                settings.pgUrl().orElseThrow(),
                                settings.pgUser(),
                                settings.pgPassword());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private List<AuditAction> invoiceAuditRows() {
        try (SqlStore sql =
                        SqlStore.open(
                                settings.pgUrl().orElseThrow(),
                                settings.pgUser(),
                                settings.pgPassword());
                MongoStore mongo = MongoStore.open(settings.mongoUri().orElseThrow())) {
            return new SqlAuditTrail(sql, new MongoAuditAnchor(mongo))
                    .findBySubject(AuditService.INVOICE, "1").stream()
                            .map(AuditTrail.Entry::event)
                            .map(AuditTrail.Event::action)
                            .toList();
        }
    }
}
