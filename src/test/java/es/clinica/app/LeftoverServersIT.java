package es.clinica.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import es.clinica.testsupport.TestStores;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A workstation killed without shutdown hooks leaves its servers running; the next start copes. */
class LeftoverServersIT {

    private final Path home = TestStores.scratch().resolve("leftover-" + UUID.randomUUID());
    private final List<Long> leftoverPids = new ArrayList<>();
    private Process crashed;
    private LocalServers second;

    @AfterEach
    void stopEverything() {
        if (second != null) {
            second.close();
        }
        if (crashed != null) {
            crashed.destroyForcibly();
        }
        for (long pid : leftoverPids) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void startAfterCrashStopsLeftoverServersAndKeepsTheData() throws SQLException {
        assertTimeoutPreemptively(Duration.ofSeconds(120), this::runAndKillFirstWorkstation);
        long postgresPid = pid(home.resolve("postgresql/postmaster.pid"));
        long redisPid = pid(home.resolve("redis/redis.pid"));
        leftoverPids.add(postgresPid);
        leftoverPids.add(redisPid);
        assertThat(isAlive(postgresPid)).isTrue();
        assertThat(isAlive(redisPid)).isTrue();

        Settings settings = Settings.from(Map.of(Settings.HOME, home.toString()), Map.of());
        second =
                assertTimeoutPreemptively(
                        Duration.ofSeconds(60), () -> LocalServers.start(settings, stage -> {}));

        assertThat(isAlive(postgresPid)).isFalse();
        assertThat(isAlive(redisPid)).isFalse();
        assertThat(readSurvivor(second.settings())).isEqualTo(CrashingWorkstation.SURVIVOR);
    }

    /** Like kill -9 on the workstation: the JVM dies and no shutdown hook runs. */
    private void runAndKillFirstWorkstation() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        crashed =
                new ProcessBuilder(
                                java,
                                "-cp",
                                System.getProperty("java.class.path"),
                                CrashingWorkstation.class.getName(),
                                home.toString())
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
        try (BufferedReader out =
                new BufferedReader(
                        new InputStreamReader(crashed.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            while (line != null && !line.contains(CrashingWorkstation.READY)) {
                line = out.readLine();
            }
            assertThat(line).as("the first workstation started").isNotNull();
        }
        crashed.destroyForcibly();
        crashed.onExit().join();
    }

    private static long pid(Path pidFile) {
        return LeftoverServer.readPid(pidFile).orElseThrow();
    }

    private static boolean isAlive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static String readSurvivor(Settings settings) throws SQLException {
        try (Connection connection =
                        DriverManager.getConnection(
                                settings.pgUrl().orElseThrow(),
                                settings.pgUser(),
                                settings.pgPassword());
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT note FROM survivor")) {
            assertThat(row.next()).isTrue();
            return row.getString(1);
        }
    }
}
