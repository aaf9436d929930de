package es.clinica.app;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Run in a JVM of its own by {@link LeftoverServersIT}: starts the embedded PostgreSQL and Redis on
 * the home given, writes one row, says READY and waits to be killed with SIGKILL, so that no
 * shutdown hook runs and both servers are left behind as orphans.
 */
final class CrashingWorkstation {

    static final String READY = "CLINICA-CRASH-READY";
    static final String SURVIVOR = "before the crash";

    private CrashingWorkstation() {}

    public static void main(String[] args) throws SQLException, IOException {
        Settings settings =
                Settings.from(
                        Map.of(
                                Settings.HOME,
                                args[0],
                                Settings.MONGO_URI,
                                "mongodb://127.0.0.1:1/unused"),
                        Map.of());
        LocalServers servers = LocalServers.start(settings, stage -> {});
        Settings effective = servers.settings();
        try (Connection connection =
                        DriverManager.getConnection(
                                effective.pgUrl().orElseThrow(),
                                effective.pgUser(),
                                effective.pgPassword());
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE survivor (note text)");
            statement.execute("INSERT INTO survivor VALUES ('" + SURVIVOR + "')");
        }
        System.out.println(READY);
        System.out.flush();
        // Stdin closes when the test JVM dies first: stop cleanly then rather than leak servers.
        while (System.in.read() >= 0) {
            Thread.onSpinWait();
        }
        servers.close();
    }
}
