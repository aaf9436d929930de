package es.clinica.app.cli;

import es.clinica.app.Settings;
import es.clinica.store.mongo.MongoNoteRepository;
import es.clinica.store.mongo.MongoStore;
import es.clinica.store.redis.RedisLiveStateRepository;
import es.clinica.store.redis.RedisSessionRepository;
import es.clinica.store.redis.RedisStore;
import es.clinica.store.redis.RedisWaitingQueueRepository;
import es.clinica.store.sql.SqlAppointmentRepository;
import es.clinica.store.sql.SqlDoctorRepository;
import es.clinica.store.sql.SqlInvoiceRepository;
import es.clinica.store.sql.SqlPatientRepository;
import es.clinica.store.sql.SqlStaffAccountRepository;
import es.clinica.store.sql.SqlStore;
import java.time.Clock;

/**
 * The demo's own eyes on the three stores: adapters over connections of their own to the servers
 * the workstation uses, so that what the demo prints was read back from the stores, as an IT person
 * would with psql, mongosh or redis-cli, and not taken from what the services returned.
 */
final class DemoReadBack implements AutoCloseable {

    private final SqlStore sql;
    private final MongoStore mongo;
    private final RedisStore redis;
    final SqlAppointmentRepository appointments;
    final SqlPatientRepository patients;
    final SqlDoctorRepository doctors;
    final SqlInvoiceRepository invoices;
    final SqlStaffAccountRepository accounts;
    final MongoNoteRepository notes;
    final RedisSessionRepository sessions;
    final RedisLiveStateRepository live;
    final RedisWaitingQueueRepository queue;

    private DemoReadBack(SqlStore sql, MongoStore mongo, RedisStore redis, Settings settings) {
        this.sql = sql;
        this.mongo = mongo;
        this.redis = redis;
        Clock clock = Clock.system(settings.zone());
        appointments = new SqlAppointmentRepository(sql);
        patients = new SqlPatientRepository(sql, clock);
        doctors = new SqlDoctorRepository(sql);
        invoices = new SqlInvoiceRepository(sql);
        accounts = new SqlStaffAccountRepository(sql, clock);
        notes = new MongoNoteRepository(mongo);
        sessions = new RedisSessionRepository(redis, settings.sessionTtl());
        live =
                new RedisLiveStateRepository(
                        redis,
                        clock,
                        settings.zone(),
                        RedisLiveStateRepository.DEFAULT_ACTIVITY_TTL);
        queue = new RedisWaitingQueueRepository(redis);
    }

    /**
     * Connects to the stores named by {@code settings}, which must be complete (the addresses of
     * any local servers filled in, as {@code Clinica.settings()} gives them).
     */
    static DemoReadBack open(Settings settings) {
        SqlStore sql =
                SqlStore.open(
                        settings.pgUrl().orElseThrow(), settings.pgUser(), settings.pgPassword());
        MongoStore mongo = null;
        try {
            mongo = MongoStore.open(settings.mongoUri().orElseThrow());
            RedisStore redis =
                    RedisStore.open(settings.redisUri().orElseThrow(), settings.redisPrefix());
            return new DemoReadBack(sql, mongo, redis, settings);
        } catch (RuntimeException e) {
            if (mongo != null) {
                mongo.close();
            }
            sql.close();
            throw e;
        }
    }

    /** The full Redis key of a session, with the clinic's prefix, as redis-cli shows it. */
    String sessionKey(String token) {
        return redis.key("sesion:" + token);
    }

    @Override
    public void close() {
        redis.close();
        mongo.close();
        sql.close();
    }
}
