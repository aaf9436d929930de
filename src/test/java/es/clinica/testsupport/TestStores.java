package es.clinica.testsupport;

import es.clinica.app.LocalServers;
import es.clinica.app.Settings;
import es.clinica.service.StoreKind;
import es.clinica.store.mongo.MongoStore;
import es.clinica.store.redis.RedisStore;
import es.clinica.store.sql.SqlStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Real stores for integration tests, started once per test JVM. Stores named by the {@code
 * CLINICA_*} environment variables are used as they are (CI points PostgreSQL and Redis at the
 * machine's servers this way); the others are started locally under {@code target/}. Every {@code
 * fresh…} call gets its own database, Mongo database or Redis key prefix, so tests never see each
 * other's data.
 */
public final class TestStores {

    private static final Logger LOGGER = LoggerFactory.getLogger(TestStores.class);
    private static final TestStores INSTANCE = new TestStores();

    private final LocalServers servers;
    private final Settings settings;
    private final List<String> createdDatabases = new CopyOnWriteArrayList<>();

    private TestStores() {
        Settings configured =
                Settings.from(System.getenv(), Map.of())
                        .with(
                                Settings.HOME,
                                scratch()
                                        .resolve("stores-" + ProcessHandle.current().pid())
                                        .toString());
        servers = LocalServers.start(configured, stage -> {});
        settings = servers.settings();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "test-stores-stop"));
    }

    private void stop() {
        if (!servers.isEmbedded(StoreKind.POSTGRESQL)) {
            dropCreatedDatabases();
        }
        servers.close();
    }

    /**
     * On a shared PostgreSQL (CI's second run), drops the databases this JVM created, so runs do
     * not pile up one {@code t_*} database per test class; an embedded one goes with its folder.
     */
    private void dropCreatedDatabases() {
        try (Connection admin =
                        DriverManager.getConnection(
                                settings.pgUrl().orElseThrow(),
                                settings.pgUser(),
                                settings.pgPassword());
                Statement statement = admin.createStatement()) {
            for (String name : createdDatabases) {
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        } catch (SQLException e) {
            LOGGER.warn("Could not drop the test databases", e);
        }
    }

    /** The stores of this test JVM. */
    public static TestStores get() {
        return INSTANCE;
    }

    /** Where tests may write files: under {@code target/}, never the user's home. */
    public static Path scratch() {
        return Path.of(System.getProperty("clinica.test.scratch", "target/test-home"))
                .toAbsolutePath();
    }

    /** The settings pointing at this JVM's stores (shared databases; prefer the fresh ones). */
    public Settings settings() {
        return settings;
    }

    /** A new, empty PostgreSQL database with the current schema, migrated by Flyway. */
    public SqlStore freshPostgres() {
        return SqlStore.open(freshPostgresUrl(), settings.pgUser(), settings.pgPassword());
    }

    /**
     * Settings for a whole workstation over fresh, empty stores (its own database, Mongo database
     * and Redis prefix), all configured so nothing is started locally.
     */
    public Settings freshSettings() {
        return settings.with(Settings.PG_URL, freshPostgresUrl())
                .with(
                        Settings.MONGO_URI,
                        withDatabase(settings.mongoUri().orElseThrow(), uniqueName()))
                .with(Settings.REDIS_PREFIX, uniqueName() + ":");
    }

    private String freshPostgresUrl() {
        String name = uniqueName();
        String serverUrl = settings.pgUrl().orElseThrow();
        try (Connection admin =
                        DriverManager.getConnection(
                                serverUrl, settings.pgUser(), settings.pgPassword());
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
            createdDatabases.add(name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + name, e);
        }
        return withDatabase(serverUrl, name);
    }

    /** A connection to a new, empty MongoDB database. */
    public MongoStore freshMongo() {
        String uri = settings.mongoUri().orElseThrow();
        return MongoStore.open(withDatabase(uri, uniqueName()));
    }

    /** A connection to Redis whose keys carry a prefix no other test uses. */
    public RedisStore freshRedis() {
        return RedisStore.open(settings.redisUri().orElseThrow(), uniqueName() + ":");
    }

    private static String uniqueName() {
        return "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** Replaces the database path of a JDBC or MongoDB URL, keeping its query string. */
    static String withDatabase(String url, String database) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String params = query < 0 ? "" : url.substring(query);
        int slash = base.indexOf('/', base.indexOf("//") + 2);
        String server = slash < 0 ? base : base.substring(0, slash);
        return server + "/" + database + params;
    }
}
