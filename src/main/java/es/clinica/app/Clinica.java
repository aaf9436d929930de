package es.clinica.app;

import es.clinica.service.AccessControl;
import es.clinica.service.AppointmentService;
import es.clinica.service.BillingService;
import es.clinica.service.CatalogService;
import es.clinica.service.ClinicHours;
import es.clinica.service.ClinicServices;
import es.clinica.service.HealthService;
import es.clinica.service.LiveBoardService;
import es.clinica.service.LiveStateRebuilder;
import es.clinica.service.StoreHealth;
import es.clinica.service.StoreHealthService;
import es.clinica.service.StoreKind;
import es.clinica.service.UnavailableException;
import es.clinica.service.port.StoreProbe;
import es.clinica.store.mongo.MongoProbe;
import es.clinica.store.mongo.MongoStore;
import es.clinica.store.redis.RedisLiveStateRepository;
import es.clinica.store.redis.RedisProbe;
import es.clinica.store.redis.RedisStore;
import es.clinica.store.redis.RedisWaitingQueueRepository;
import es.clinica.store.sql.SqlAppointmentRepository;
import es.clinica.store.sql.SqlCatalogRepository;
import es.clinica.store.sql.SqlDoctorRepository;
import es.clinica.store.sql.SqlInvoiceRepository;
import es.clinica.store.sql.SqlPatientRepository;
import es.clinica.store.sql.SqlProbe;
import es.clinica.store.sql.SqlStore;
import es.clinica.store.sql.SqlTransactions;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: starts the local servers the settings leave out, connects the three stores
 * and wires the services by hand. Closing stops everything in reverse order, once, whether it is
 * called by the window, by a command or by the shutdown hook on Ctrl+C.
 *
 * <p>Starting is two steps so that {@code check} can report every store before any is opened:
 * {@link #prepare} starts local servers and probes; {@link #open} refuses an unreachable store with
 * a clear message, migrates the schema and builds the services.
 */
public final class Clinica implements AutoCloseable {

    private static final Logger LOGGER = LoggerFactory.getLogger(Clinica.class);

    private final LocalServers servers;
    private final List<AutoCloseable> resources = new ArrayList<>();
    private HealthService health;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread shutdownHook = new Thread(this::close, "clinica-stop");
    // TODO: the auth branch replaces this with the session-backed gate; until then every
    // user operation is refused.
    private final AccessControl access =
            permission -> {
                throw new UnavailableException("clinic.access.unwired");
            };
    private SqlStore sql;
    private MongoStore mongo;
    private RedisStore redis;
    private ClinicServices services;

    private Clinica(LocalServers servers) {
        this.servers = servers;
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts the stores and builds the services: {@link #prepare} then {@link #open}.
     *
     * @param progress told each stage as a key: postgresql, redis, mongodb, schema, ready
     * @throws es.clinica.service.ConflictException when another workstation uses the data
     * @throws UnavailableException when a configured store does not answer
     */
    public static Clinica start(Settings settings, Consumer<String> progress) {
        Clinica clinica = prepare(settings, progress);
        try {
            clinica.open(progress);
            return clinica;
        } catch (RuntimeException e) {
            clinica.close();
            throw e;
        }
    }

    /**
     * Starts local servers for the unconfigured stores and the probes of all three; opens no store.
     *
     * @throws es.clinica.service.ConflictException when another workstation uses the data
     */
    public static Clinica prepare(Settings settings, Consumer<String> progress) {
        Clinica clinica = new Clinica(LocalServers.prepare(settings));
        try {
            clinica.servers.startMissing(progress);
            clinica.health = new StoreHealthService(clinica.probes());
            return clinica;
        } catch (RuntimeException e) {
            clinica.close();
            throw e;
        }
    }

    /**
     * Connects the stores (migrating the PostgreSQL schema) and builds the services.
     *
     * @throws UnavailableException naming the first store that does not answer and its address
     */
    public synchronized void open(Consumer<String> progress) {
        requireReachable();
        progress.accept("schema");
        sql = keep(SqlStore.open(pgUrl(), settings().pgUser(), settings().pgPassword()));
        mongo = keep(MongoStore.open(settings().mongoUri().orElseThrow()));
        redis =
                keep(
                        RedisStore.open(
                                settings().redisUri().orElseThrow(), settings().redisPrefix()));
        services = wireClinic();
        LOGGER.info("Stores open; the workstation is ready");
        progress.accept("ready");
    }

    private ClinicServices wireClinic() {
        Clock clock = Clock.system(settings().zone());
        ZoneId zone = settings().zone();
        SqlAppointmentRepository appointments = new SqlAppointmentRepository(sql);
        SqlPatientRepository patients = new SqlPatientRepository(sql, clock);
        SqlDoctorRepository doctors = new SqlDoctorRepository(sql);
        SqlCatalogRepository catalog = new SqlCatalogRepository(sql);
        SqlInvoiceRepository invoices = new SqlInvoiceRepository(sql);
        RedisWaitingQueueRepository queue = new RedisWaitingQueueRepository(redis);
        RedisLiveStateRepository live =
                new RedisLiveStateRepository(
                        redis, clock, zone, RedisLiveStateRepository.DEFAULT_ACTIVITY_TTL);
        LiveStateRebuilder rebuilder =
                new LiveStateRebuilder(appointments, invoices, live, queue, clock, zone);
        rebuildLiveStateIfMissing(rebuilder);
        return new ClinicServices(
                health,
                new AppointmentService(
                        access,
                        appointments,
                        patients,
                        doctors,
                        queue,
                        live,
                        clock,
                        zone,
                        ClinicHours.DEFAULT),
                new BillingService(
                        access,
                        invoices,
                        catalog,
                        appointments,
                        live,
                        new SqlTransactions(sql),
                        clock,
                        zone),
                new CatalogService(access, catalog),
                new LiveBoardService(access, live, appointments, patients, doctors, catalog, clock),
                rebuilder);
    }

    private static void rebuildLiveStateIfMissing(LiveStateRebuilder rebuilder) {
        try {
            if (rebuilder.rebuildIfMissing()) {
                LOGGER.info("citas_hoy was missing: live state rebuilt from PostgreSQL");
            }
        } catch (UnavailableException e) {
            LOGGER.warn("Live state not rebuilt at start-up; rebuild-live can do it later", e);
        }
    }

    private void requireReachable() {
        for (StoreHealth store : health.check()) {
            if (!store.state().isUp()) {
                LOGGER.warn(
                        "{} at {} does not answer: {}",
                        store.store(),
                        store.address(),
                        store.problem().orElse("?"));
                throw new UnavailableException(
                        "startup.store.unreachable", displayName(store.store()), store.address());
            }
        }
    }

    private List<StoreProbe> probes() {
        return List.of(
                new SqlProbe(
                        pgUrl(),
                        settings().pgUser(),
                        settings().pgPassword(),
                        isEmbedded(StoreKind.POSTGRESQL)),
                keep(
                        new MongoProbe(
                                settings().mongoUri().orElseThrow(),
                                isEmbedded(StoreKind.MONGODB))),
                keep(
                        new RedisProbe(
                                settings().redisUri().orElseThrow(), isEmbedded(StoreKind.REDIS))));
    }

    private String pgUrl() {
        return settings().pgUrl().orElseThrow();
    }

    private <T extends AutoCloseable> T keep(T resource) {
        resources.add(0, resource);
        return resource;
    }

    /** The product name of a store, the same in every language. */
    public static String displayName(StoreKind store) {
        switch (store) {
            case POSTGRESQL:
                return "PostgreSQL";
            case MONGODB:
                return "MongoDB";
            case REDIS:
                return "Redis";
            default:
                throw new IllegalArgumentException(store.name());
        }
    }

    /** Probes of the three stores; usable before {@link #open}. */
    public HealthService health() {
        return health;
    }

    /** Whether this store runs here, started by the workstation. */
    public boolean isEmbedded(StoreKind store) {
        return servers.isEmbedded(store);
    }

    /** The settings completed with the addresses of the local servers. */
    public Settings settings() {
        return servers.settings();
    }

    /**
     * The services, once {@link #open} has succeeded.
     *
     * @throws IllegalStateException before that
     */
    public ClinicServices services() {
        return Optional.ofNullable(services)
                .orElseThrow(() -> new IllegalStateException("The stores are not open"));
    }

    SqlStore sqlStore() {
        return sql;
    }

    MongoStore mongoStore() {
        return mongo;
    }

    RedisStore redisStore() {
        return redis;
    }

    /** Closes the stores, then stops the local servers; later calls do nothing. */
    @Override
    public synchronized void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        for (AutoCloseable resource : resources) {
            closeQuietly(resource);
        }
        servers.close();
        LOGGER.info("Stores closed and local servers stopped");
        forgetShutdownHook();
    }

    private static void closeQuietly(AutoCloseable resource) {
        try {
            resource.close();
        } catch (Exception e) { // NOPMD: one connection failing to close must not keep servers up
            LOGGER.warn("A store connection did not close cleanly", e);
        }
    }

    private void forgetShutdownHook() {
        if (Thread.currentThread() == shutdownHook) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            LOGGER.debug("The JVM is already shutting down", e);
        }
    }
}
