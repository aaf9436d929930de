package es.clinica.app;

import es.clinica.service.AccessControl;
import es.clinica.service.AppointmentService;
import es.clinica.service.AuditService;
import es.clinica.service.AuthService;
import es.clinica.service.BillingService;
import es.clinica.service.CatalogService;
import es.clinica.service.ClinicDetails;
import es.clinica.service.ClinicHours;
import es.clinica.service.ClinicSeeder;
import es.clinica.service.ClinicServices;
import es.clinica.service.ConsultationService;
import es.clinica.service.CurrentSession;
import es.clinica.service.HealthService;
import es.clinica.service.InvoiceDocumentService;
import es.clinica.service.LiveBoardService;
import es.clinica.service.LiveStateRebuilder;
import es.clinica.service.LiveStateWatcher;
import es.clinica.service.OutboxRelay;
import es.clinica.service.PatientImportService;
import es.clinica.service.PatientService;
import es.clinica.service.ProfileOutbox;
import es.clinica.service.SessionAccessControl;
import es.clinica.service.StoreConsistency;
import es.clinica.service.StoreHealth;
import es.clinica.service.StoreHealthService;
import es.clinica.service.StoreKind;
import es.clinica.service.UnavailableException;
import es.clinica.service.port.DemoAccounts;
import es.clinica.service.port.PasswordHasher;
import es.clinica.service.port.StoreProbe;
import es.clinica.store.crypto.Argon2PasswordHasher;
import es.clinica.store.fhir.FhirBundleReader;
import es.clinica.store.mongo.JsonProfileCodec;
import es.clinica.store.mongo.MongoAuditAnchor;
import es.clinica.store.mongo.MongoNoteRepository;
import es.clinica.store.mongo.MongoProbe;
import es.clinica.store.mongo.MongoProfileRepository;
import es.clinica.store.mongo.MongoStore;
import es.clinica.store.pdf.InvoicePdfWriter;
import es.clinica.store.redis.RedisLiveStateRepository;
import es.clinica.store.redis.RedisLoginAttemptRepository;
import es.clinica.store.redis.RedisProbe;
import es.clinica.store.redis.RedisSessionRepository;
import es.clinica.store.redis.RedisStore;
import es.clinica.store.redis.RedisWaitingQueueRepository;
import es.clinica.store.sql.SqlAppointmentRepository;
import es.clinica.store.sql.SqlAuditTrail;
import es.clinica.store.sql.SqlCatalogRepository;
import es.clinica.store.sql.SqlDoctorRepository;
import es.clinica.store.sql.SqlInvoiceRepository;
import es.clinica.store.sql.SqlOutboxRepository;
import es.clinica.store.sql.SqlPatientRepository;
import es.clinica.store.sql.SqlProbe;
import es.clinica.store.sql.SqlStaffAccountRepository;
import es.clinica.store.sql.SqlStore;
import es.clinica.store.sql.SqlTransactions;
import java.time.Clock;
import java.time.Duration;
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

    /** How often a workstation looks whether Redis lost its live state (restart, outage). */
    private static final Duration LIVE_STATE_LOOK = Duration.ofSeconds(5);

    private final LocalServers servers;
    private final List<AutoCloseable> resources = new ArrayList<>();
    private HealthService health;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread shutdownHook = new Thread(this::close, "clinica-stop");
    private SqlStore sql;
    private MongoStore mongo;
    private RedisStore redis;
    private ClinicServices services;
    private boolean operator;
    private LiveStateWatcher liveStateWatcher;

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
        return start(settings, progress, false);
    }

    /**
     * Like {@link #start}, for the headless commands: they act as the operator, who already holds
     * every store's password, so no staff login is asked (see {@link OperatorAccess}).
     */
    public static Clinica startHeadless(Settings settings, Consumer<String> progress) {
        return start(settings, progress, true);
    }

    private static Clinica start(Settings settings, Consumer<String> progress, boolean operator) {
        Clinica clinica = prepare(settings, progress);
        clinica.operator = operator;
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
        services = wire();
        LOGGER.info("Stores open; the workstation is ready");
        progress.accept("ready");
    }

    /** Builds every service over the open stores, with plain constructors. */
    private ClinicServices wire() {
        Clock clock = Clock.system(settings().zone());
        SqlTransactions transactions = new SqlTransactions(sql);
        SqlPatientRepository patients = new SqlPatientRepository(sql, clock);
        MongoProfileRepository profiles = new MongoProfileRepository(mongo);
        SqlAuditTrail trail = new SqlAuditTrail(sql, new MongoAuditAnchor(mongo));
        Duration sessionTtl = settings().sessionTtl();
        RedisSessionRepository sessions = new RedisSessionRepository(redis, sessionTtl);
        CurrentSession current = new CurrentSession();
        AccessControl access =
                operator
                        ? new OperatorAccess()
                        : new SessionAccessControl(current, sessions, trail, clock, sessionTtl);
        AuditService audit = new AuditService(trail, access, clock);
        SqlOutboxRepository outbox = new SqlOutboxRepository(sql, clock);
        ProfileOutbox profileOutbox = new ProfileOutbox(outbox, new JsonProfileCodec());
        OutboxRelay relay = keep(new OutboxRelay(outbox, clock));
        relay.register(ProfileOutbox.TYPE, profileOutbox.handler(profiles));
        relay.start();
        ClinicFlows flows = clinic(access, patients, audit);
        return new ClinicServices(
                health,
                auth(clock, transactions, sessions, current, access, audit),
                audit,
                new ConsultationService(
                        access, patients, profiles, new MongoNoteRepository(mongo), audit, clock),
                new PatientService(
                        access, transactions, patients, profiles, profileOutbox, relay, clock),
                new PatientImportService(
                        access,
                        new FhirBundleReader(),
                        transactions,
                        patients,
                        profiles,
                        profileOutbox,
                        relay,
                        clock),
                seeder(access, patients, profiles, clock),
                relay,
                new StoreConsistency(outbox, patients, profiles, clock),
                flows.appointments(),
                flows.billing(),
                flows.catalog(),
                flows.liveBoard(),
                flows.liveState(),
                wireInvoiceDocuments(access, patients));
    }

    /**
     * Invoices as documents; the issuer's details are the demo clinic's until settings hold them.
     */
    private InvoiceDocumentService wireInvoiceDocuments(
            AccessControl access, SqlPatientRepository patients) {
        return new InvoiceDocumentService(
                access,
                new SqlInvoiceRepository(sql),
                patients,
                new InvoicePdfWriter(),
                ClinicDetails.DEMO,
                settings().zone());
    }

    /** The synthetic clinic, with the stores its year of history is written to. */
    private ClinicSeeder seeder(
            AccessControl access,
            SqlPatientRepository patients,
            MongoProfileRepository profiles,
            Clock clock) {
        ClinicSeeder.HistoryStores history =
                new ClinicSeeder.HistoryStores(
                        new SqlTransactions(sql),
                        new SqlDoctorRepository(sql),
                        new SqlCatalogRepository(sql),
                        new SqlAppointmentRepository(sql),
                        new SqlInvoiceRepository(sql),
                        new MongoNoteRepository(mongo),
                        ClinicHours.DEFAULT,
                        settings().zone());
        return new ClinicSeeder(access, patients, profiles, clock, history);
    }

    /** The clinic's day: built together because they share the live-state adapters. */
    private record ClinicFlows(
            AppointmentService appointments,
            BillingService billing,
            CatalogService catalog,
            LiveBoardService liveBoard,
            LiveStateRebuilder liveState) {}

    /** Appointments, the queue, billing, the catalog and the live board. */
    private ClinicFlows clinic(
            AccessControl access, SqlPatientRepository patients, AuditService audit) {
        Clock clock = Clock.system(settings().zone());
        ZoneId zone = settings().zone();
        SqlAppointmentRepository appointments = new SqlAppointmentRepository(sql);
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
        liveStateWatcher = keep(new LiveStateWatcher(rebuilder, live, LIVE_STATE_LOOK));
        return new ClinicFlows(
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
                        patients,
                        live,
                        new SqlTransactions(sql),
                        audit,
                        clock,
                        zone),
                new CatalogService(access, catalog),
                new LiveBoardService(access, live, appointments, patients, doctors, catalog, clock),
                rebuilder);
    }

    /** Accounts and sessions; the embedded default gets the demo accounts, real servers none. */
    private AuthService auth(
            Clock clock,
            SqlTransactions transactions,
            RedisSessionRepository sessions,
            CurrentSession current,
            AccessControl access,
            AuditService audit) {
        SqlStaffAccountRepository accounts = new SqlStaffAccountRepository(sql, clock);
        PasswordHasher hasher = new Argon2PasswordHasher();
        if (isEmbedded(StoreKind.POSTGRESQL)) {
            DemoAccounts.seed(transactions, accounts, new SqlDoctorRepository(sql), hasher);
        }
        return new AuthService(
                accounts,
                new RedisLoginAttemptRepository(redis),
                sessions,
                hasher,
                transactions,
                current,
                access,
                audit,
                clock);
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

    /**
     * Starts rebuilding Redis's live state by itself whenever Redis comes back or loses it (see
     * {@link LiveStateWatcher}); for the window, which runs for hours. Needs {@link #open}.
     */
    public void watchLiveState() {
        Optional.ofNullable(liveStateWatcher)
                .orElseThrow(() -> new IllegalStateException("The stores are not open"))
                .start();
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
