package es.clinica.app;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import es.clinica.service.ConflictException;
import es.clinica.service.StoreKind;
import es.clinica.service.UnavailableException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;
import redis.embedded.exceptions.EmbeddedRedisException;

/**
 * The embedded default: a real PostgreSQL, a real Redis and an in-process MongoDB-wire server on
 * free loopback ports, for each store the settings leave unconfigured. Their data lives under
 * {@link Settings#home()} so that the next start finds it; a lock file keeps a second workstation
 * off the same data. {@link #close()} stops them cleanly.
 */
public final class LocalServers implements AutoCloseable {

    private static final Logger LOGGER = LoggerFactory.getLogger(LocalServers.class);
    private static final String LOOPBACK = "127.0.0.1";

    private final Path home;
    private final Set<StoreKind> embedded = EnumSet.noneOf(StoreKind.class);
    private final List<AutoCloseable> running = new ArrayList<>();
    private Settings effective;
    private boolean closed;
    private int redisPort;
    private FileChannel lockChannel;
    private FileLock lock;

    private LocalServers(Settings settings) {
        this.home = settings.home();
        this.effective = settings;
    }

    /**
     * Starts a local server for every store the settings do not point at, and returns them with
     * {@link #settings()} completed with their addresses.
     *
     * @param progress told in plain words what is being started; called on this thread
     * @throws ConflictException when another workstation already uses the data
     */
    public static LocalServers start(Settings settings, Consumer<String> progress) {
        LocalServers servers = prepare(settings);
        try {
            servers.startMissing(progress);
            return servers;
        } catch (RuntimeException e) {
            servers.close();
            throw e;
        }
    }

    /**
     * The servers to start, not started yet: lets the caller install its shutdown hook first, so
     * Ctrl+C during a slow start still stops what was started.
     */
    static LocalServers prepare(Settings settings) {
        return new LocalServers(settings);
    }

    /** The settings with the address of every store, configured or local. */
    public synchronized Settings settings() {
        return effective;
    }

    /** Whether this store runs here, started by the workstation. */
    public boolean isEmbedded(StoreKind store) {
        return embedded.contains(store);
    }

    /** Starts the servers; holds the monitor so that a concurrent {@link #close()} waits. */
    synchronized void startMissing(Consumer<String> progress) {
        if (closed) {
            throw new IllegalStateException("The local servers were already stopped");
        }
        boolean needsAny =
                settings().pgUrl().isEmpty()
                        || settings().mongoUri().isEmpty()
                        || settings().redisUri().isEmpty();
        if (!needsAny) {
            return;
        }
        lockHome();
        if (settings().pgUrl().isEmpty()) {
            progress.accept("postgresql");
            startPostgres();
        }
        if (settings().redisUri().isEmpty()) {
            progress.accept("redis");
            startRedis();
        }
        if (settings().mongoUri().isEmpty()) {
            progress.accept("mongodb");
            startMongo();
        }
    }

    private void lockHome() {
        try {
            Files.createDirectories(home);
            lockChannel =
                    FileChannel.open(
                            home.resolve("clinica.lock"),
                            StandardOpenOption.CREATE,
                            StandardOpenOption.WRITE);
            lock = lockChannel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + home, e);
        }
        if (lock == null) {
            throw new ConflictException("startup.homeInUse", home);
        }
    }

    private void startPostgres() {
        Path data = home.resolve("postgresql");
        // The data path guards against a reused pid belonging to the machine's own PostgreSQL.
        if (LeftoverServer.stop(data.resolve("postmaster.pid"), "postgres", data.toString())) {
            LOGGER.warn("An embedded PostgreSQL left running by a previous run was stopped");
        }
        try {
            Files.createDirectories(data);
            EmbeddedPostgres postgres =
                    EmbeddedPostgres.builder()
                            .setDataDirectory(data)
                            .setCleanDataDirectory(false)
                            .setOverrideWorkingDirectory(home.resolve("runtime").toFile())
                            .setPort(freePort())
                            .setServerConfig("listen_addresses", LOOPBACK)
                            .setServerConfig("unix_socket_directories", "")
                            .setPGStartupWait(Duration.ofSeconds(60))
                            .setRegisterShutdownHook(false)
                            .start();
            running.add(0, postgres);
            embedded.add(StoreKind.POSTGRESQL);
            effective =
                    effective
                            .with(Settings.PG_URL, postgres.getJdbcUrl("postgres", "postgres"))
                            .with(Settings.PG_USER, "postgres")
                            .with(Settings.PG_PASSWORD, "");
            LOGGER.info("Embedded PostgreSQL started on port {}", postgres.getPort());
        } catch (IOException | IllegalStateException e) {
            throw new UnavailableException(
                    "startup.embedded.failed", null, e, "PostgreSQL", data.toString());
        }
    }

    private void startRedis() {
        Path data = home.resolve("redis");
        Path pidFile = data.resolve("redis.pid");
        // The embedded binary is named redis-server-<version>-<platform>, unlike a system one.
        if (LeftoverServer.stop(pidFile, "redis-server-")) {
            LOGGER.warn("An embedded Redis left running by a previous run was stopped");
        }
        try {
            Files.createDirectories(data);
            int port = freePort();
            RedisServer redis =
                    RedisServer.builder()
                            .bind(LOOPBACK)
                            .port(port)
                            .setting("dir " + data)
                            .setting("appendonly yes")
                            .setting("save 60 1")
                            .setting("protected-mode yes")
                            .setting("daemonize no")
                            .setting("pidfile " + pidFile)
                            .build();
            redisPort = port;
            redis.start();
            running.add(0, redis::stop);
            embedded.add(StoreKind.REDIS);
            effective = effective.with(Settings.REDIS_URI, "redis://" + LOOPBACK + ":" + port);
            LOGGER.info("Embedded Redis started on port {}", port);
        } catch (IOException | EmbeddedRedisException e) {
            throw new UnavailableException(
                    "startup.embedded.failed", null, e, "Redis", data.toString());
        }
    }

    private void startMongo() {
        try {
            Path data = home.resolve("mongodb");
            Files.createDirectories(data);
            H2Backend backend = new H2Backend(data.resolve("clinica.mv").toString());
            MongoServer mongo = new MongoServer(backend);
            mongo.bind(new InetSocketAddress(LOOPBACK, freePort()));
            running.add(0, mongo::shutdown);
            embedded.add(StoreKind.MONGODB);
            int port = mongo.getLocalAddress().getPort();
            effective =
                    effective.with(
                            Settings.MONGO_URI, "mongodb://" + LOOPBACK + ":" + port + "/clinica");
            LOGGER.info("In-process MongoDB-wire server started on port {}", port);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the MongoDB data directory", e);
        }
    }

    /** Stops what was started, newest first, and releases the data directory. */
    @Override
    public synchronized void close() {
        closed = true;
        for (AutoCloseable server : running) {
            try {
                server.close();
            } catch (Exception e) { // NOPMD: one server failing to stop must not keep the others up
                LOGGER.warn("A local server did not stop cleanly", e);
            }
        }
        running.clear();
        stopOrphanedRedis();
        releaseLock();
    }

    /**
     * Ctrl+C while Redis starts: the library launches the process, then fails to add its own
     * shutdown hook, and its stop() ignores that process. Stop our child on our port ourselves.
     */
    private void stopOrphanedRedis() {
        if (redisPort == 0) {
            return;
        }
        String address = LOOPBACK + ":" + redisPort;
        ProcessHandle.current()
                .children()
                .filter(child -> LeftoverServer.commandLine(child).contains(address))
                .forEach(ProcessHandle::destroy);
    }

    private void releaseLock() {
        try {
            if (lock != null) {
                lock.release();
            }
            if (lockChannel != null) {
                lockChannel.close();
            }
        } catch (IOException e) {
            LOGGER.warn("Could not release the data directory lock", e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
