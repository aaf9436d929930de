package es.clinica.store.sql;

import es.clinica.service.StoreHealth;
import es.clinica.service.StoreKind;
import es.clinica.service.StoreState;
import es.clinica.service.port.StoreProbe;
import es.clinica.store.StoreGuard;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import org.postgresql.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Probes PostgreSQL with a connection of its own, so it answers even before the pool and the schema
 * exist, and tells a refused connection within seconds.
 */
public final class SqlProbe implements StoreProbe {

    private static final Logger LOGGER = LoggerFactory.getLogger(SqlProbe.class);
    private static final String TIMEOUT_SECONDS = "3";

    private final String url;
    private final Properties connection = new Properties();
    private final StoreState upState;
    private final String address;

    /**
     * @param password may be empty for trust authentication; never logged nor shown
     * @param embedded whether the workstation started this server itself
     */
    public SqlProbe(String url, String user, String password, boolean embedded) {
        this.url = url;
        this.upState = embedded ? StoreState.EMBEDDED : StoreState.CONNECTED;
        this.address = address(url);
        connection.setProperty("user", user);
        connection.setProperty("password", password);
        connection.setProperty("connectTimeout", TIMEOUT_SECONDS);
        connection.setProperty("loginTimeout", TIMEOUT_SECONDS);
        connection.setProperty("socketTimeout", TIMEOUT_SECONDS);
        connection.setProperty("ApplicationName", "clinica-probe");
    }

    @Override
    public StoreKind store() {
        return StoreKind.POSTGRESQL;
    }

    @Override
    public String address() {
        return address;
    }

    @Override
    public StoreHealth probe() {
        StoreGuard.requireBackgroundThread();
        try (Connection open = DriverManager.getConnection(url, connection);
                Statement statement = open.createStatement()) {
            String version = open.getMetaData().getDatabaseProductVersion();
            long start = System.nanoTime();
            statement.execute("SELECT 1");
            Duration roundTrip = Duration.ofNanos(System.nanoTime() - start);
            return StoreHealth.answered(store(), upState, address, version, roundTrip);
        } catch (SQLException e) {
            LOGGER.debug("PostgreSQL at {} did not answer", address, e);
            return unreachable(e.getMessage());
        }
    }

    private StoreHealth unreachable(String problem) {
        return StoreHealth.unreachable(store(), address, problem);
    }

    /** host:port/database of a JDBC URL, leaving out its parameters (they may hold a password). */
    static String address(String url) {
        Properties parsed = Driver.parseURL(url, new Properties());
        if (parsed == null) {
            return url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        }
        String[] hosts = parsed.getProperty("PGHOST", "localhost").split(",");
        String[] ports = parsed.getProperty("PGPORT", "5432").split(",");
        StringBuilder address = new StringBuilder();
        for (int i = 0; i < hosts.length; i++) {
            address.append(i == 0 ? "" : ",")
                    .append(hosts[i])
                    .append(':')
                    .append(ports[Math.min(i, ports.length - 1)]);
        }
        return address.append('/').append(parsed.getProperty("PGDBNAME", "")).toString();
    }
}
