package es.clinica.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import es.clinica.app.cli.Cli;
import es.clinica.service.ConflictException;
import es.clinica.testsupport.TestStores;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** The workstation on the embedded default, with a data directory of its own (not TestStores'). */
class CheckIT {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private static Settings freshHome() {
        Path home = TestStores.scratch().resolve("check-" + UUID.randomUUID());
        return Settings.from(
                Map.of(Settings.HOME, home.toString(), Settings.LOCALE, "en"), Map.of());
    }

    private int check(Settings settings) {
        return Cli.standard()
                .run(
                        new String[] {"check"},
                        settings,
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void checkReportsThreeEmbeddedStoresUp() {
        int code = check(freshHome());

        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(code).isZero();
        assertThat(report)
                .containsPattern("PostgreSQL \\(embedded\\) at [^ ]+: version 18\\.")
                .containsPattern("MongoDB \\(embedded\\) at 127\\.0\\.0\\.1:\\d+/clinica: version")
                .containsPattern("Redis \\(embedded\\) at 127\\.0\\.0\\.1:\\d+/0: version 7\\.")
                .contains("All stores answer");
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("NOT REACHABLE");
    }

    @Test
    void secondStartFindsTheDataWrittenByTheFirst() throws SQLException {
        Settings settings = freshHome();
        try (Clinica first = Clinica.start(settings, stage -> {})) {
            writeMarkers(first);
        }

        try (Clinica second = Clinica.start(settings, stage -> {})) {
            assertThat(sqlMarker(second)).isEqualTo("yesterday");
            assertThat(second.mongoStore().database().getCollection("marker").find().first())
                    .containsEntry("day", "yesterday");
            assertThat(second.redisStore().commands().get(second.redisStore().key("marker")))
                    .isEqualTo("yesterday");
        }
    }

    @Test
    void secondWorkstationOnTheSameHomeIsToldTheDataIsInUse() {
        Settings settings = freshHome();
        try (Clinica first = Clinica.start(settings, stage -> {})) {
            assertThatThrownBy(() -> Clinica.start(settings, stage -> {}))
                    .isInstanceOf(ConflictException.class)
                    .extracting(e -> ((ConflictException) e).messageKey())
                    .isEqualTo("startup.homeInUse");

            int code = check(settings);

            assertThat(code).isEqualTo(Cli.FAILED);
            assertThat(err.toString(StandardCharsets.UTF_8))
                    .contains("Another Clinica workstation is already using the data folder")
                    .contains(settings.home().toString());
        }
    }

    private static void writeMarkers(Clinica clinica) throws SQLException {
        try (Connection connection = owner(clinica);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE check_marker (day text)");
            statement.execute("INSERT INTO check_marker VALUES ('yesterday')");
        }
        clinica.mongoStore()
                .database()
                .getCollection("marker")
                .insertOne(new Document("day", "yesterday"));
        clinica.redisStore().commands().set(clinica.redisStore().key("marker"), "yesterday");
    }

    private static String sqlMarker(Clinica clinica) throws SQLException {
        try (Connection connection = owner(clinica);
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT day FROM check_marker")) {
            assertThat(row.next()).isTrue();
            return row.getString(1);
        }
    }

    /** The login itself: the workstation's pool acts as clinica_app, which creates no tables. */
    private static Connection owner(Clinica clinica) throws SQLException {
        Settings settings = clinica.settings();
        return DriverManager.getConnection(
                settings.pgUrl().orElseThrow(), settings.pgUser(), settings.pgPassword());
    }
}
