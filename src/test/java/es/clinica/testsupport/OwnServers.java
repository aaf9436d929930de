package es.clinica.testsupport;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import redis.embedded.RedisServer;

/**
 * A PostgreSQL, a Redis and a MongoDB-wire server that belong to one test, on free loopback ports
 * under {@code target/}, which the test stops and starts again in the middle of a flow. They are
 * started whatever the {@code CLINICA_*} variables say: the machine's shared servers are never
 * stopped. Each keeps its port across a restart, so the clients reconnect by themselves; PostgreSQL
 * and MongoDB keep their data, Redis loses it (no persistence, as a Redis restarted without its
 * files would).
 */
public final class OwnServers implements AutoCloseable {

    private static final String LOOPBACK = "127.0.0.1";

    private final Path home;
    private final int pgPort;
    private final int redisPort;
    private final int mongoPort;
    private EmbeddedPostgres postgres;
    private RedisServer redis;
    private MongoServer mongo;

    private OwnServers(Path home) throws IOException {
        this.home = home;
        pgPort = freePort();
        redisPort = freePort();
        mongoPort = freePort();
    }

    /** Starts the three servers. */
    public static OwnServers start() {
        try {
            Path home =
                    Files.createDirectories(
                            TestStores.scratch()
                                    .resolve("own-servers")
                                    .resolve(UUID.randomUUID().toString().substring(0, 8)));
            OwnServers servers = new OwnServers(home);
            servers.startPostgres();
            servers.startRedis();
            servers.startMongo();
            return servers;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JDBC URL of the {@code postgres} database. */
    public String pgUrl() {
        return "jdbc:postgresql://" + LOOPBACK + ":" + pgPort + "/postgres";
    }

    /** The Redis URI. */
    public String redisUri() {
        return "redis://" + LOOPBACK + ":" + redisPort;
    }

    /** The MongoDB URI of database {@code clinica}. */
    public String mongoUri() {
        return "mongodb://" + LOOPBACK + ":" + mongoPort + "/clinica";
    }

    /** Stops PostgreSQL (fast shutdown: open connections are cut). */
    public synchronized void stopPostgres() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        postgres = null;
    }

    /** Starts PostgreSQL again on the same port and data. */
    public void startPostgres() {
        unchecked(this::launchPostgres);
    }

    private synchronized void launchPostgres() throws IOException {
        Path data = Files.createDirectories(home.resolve("postgresql"));
        postgres =
                EmbeddedPostgres.builder()
                        .setDataDirectory(data)
                        .setCleanDataDirectory(false)
                        .setOverrideWorkingDirectory(home.resolve("runtime").toFile())
                        .setPort(pgPort)
                        .setServerConfig("listen_addresses", LOOPBACK)
                        .setServerConfig("unix_socket_directories", "")
                        .setPGStartupWait(Duration.ofSeconds(60))
                        .setRegisterShutdownHook(false)
                        .start();
    }

    /** Stops Redis; everything it held is gone. */
    public synchronized void stopRedis() {
        redis.stop();
        redis = null;
    }

    /** Starts an empty Redis on the same port. */
    public void startRedis() {
        unchecked(this::launchRedis);
    }

    private synchronized void launchRedis() throws IOException {
        redis =
                RedisServer.builder()
                        .bind(LOOPBACK)
                        .port(redisPort)
                        .setting("save \"\"")
                        .setting("appendonly no")
                        .setting("daemonize no")
                        .build();
        redis.start();
    }

    /** Stops the MongoDB-wire server; its data stays in its file. */
    public synchronized void stopMongo() {
        mongo.shutdownNow();
        mongo = null;
    }

    /** Starts the MongoDB-wire server again on the same port and data file. */
    public synchronized void startMongo() {
        mongo = new MongoServer(new H2Backend(home.resolve("mongodb.mv").toString()));
        mongo.bind(new InetSocketAddress(LOOPBACK, mongoPort));
    }

    /** Restarts PostgreSQL. */
    public void restartPostgres() {
        stopPostgres();
        startPostgres();
    }

    /** Restarts Redis, empty. */
    public void restartRedis() {
        stopRedis();
        startRedis();
    }

    /** Restarts the MongoDB-wire server. */
    public void restartMongo() {
        stopMongo();
        startMongo();
    }

    private static void unchecked(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        if (mongo != null) {
            stopMongo();
        }
        if (redis != null) {
            stopRedis();
        }
        if (postgres != null) {
            stopPostgres();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    @FunctionalInterface
    private interface IoAction {
        void run() throws IOException;
    }
}
