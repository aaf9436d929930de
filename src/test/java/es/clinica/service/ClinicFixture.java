package es.clinica.service;

import es.clinica.domain.Appointment;
import es.clinica.domain.AppointmentRequest;
import es.clinica.domain.AppointmentStatus;
import es.clinica.domain.Doctor;
import es.clinica.domain.NationalId;
import es.clinica.domain.PatientData;
import es.clinica.domain.PersonName;
import es.clinica.domain.Role;
import es.clinica.domain.Sex;
import es.clinica.store.mongo.MongoAuditAnchor;
import es.clinica.store.mongo.MongoStore;
import es.clinica.store.redis.RedisLiveStateRepository;
import es.clinica.store.redis.RedisStore;
import es.clinica.store.redis.RedisWaitingQueueRepository;
import es.clinica.store.sql.SqlAppointmentRepository;
import es.clinica.store.sql.SqlAuditTrail;
import es.clinica.store.sql.SqlCatalogRepository;
import es.clinica.store.sql.SqlDoctorRepository;
import es.clinica.store.sql.SqlInvoiceRepository;
import es.clinica.store.sql.SqlPatientRepository;
import es.clinica.store.sql.SqlStore;
import es.clinica.store.sql.SqlTransactions;
import es.clinica.testsupport.TestAccess;
import es.clinica.testsupport.TestStores;
import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Real adapters over a fresh PostgreSQL database and a fresh Redis prefix, and the clinic's
 * services over them. The services' clock is fixed (and can be moved); Redis's own clock is the
 * system's so that its expiries lie in the future.
 */
final class ClinicFixture implements AutoCloseable {

    static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private static final AtomicInteger NEXT_DNI = new AtomicInteger(30_000_000);

    final MovableClock clock = new MovableClock(at("09:10"));
    final SqlStore sql;
    final RedisStore redis;
    final SqlAppointmentRepository appointments;
    final SqlPatientRepository patients;
    final SqlDoctorRepository doctors;
    final SqlCatalogRepository catalogItems;
    final SqlInvoiceRepository invoices;
    final MongoStore mongo;
    final SqlAuditTrail auditTrail;
    final RedisWaitingQueueRepository queue;
    final RedisLiveStateRepository live;

    ClinicFixture() {
        this(TestStores.get().freshRedis());
    }

    ClinicFixture(RedisStore redis) {
        this(TestStores.get().freshPostgres(), redis);
    }

    /** Over stores the test opened itself (e.g. on servers it restarts). */
    ClinicFixture(SqlStore sql, RedisStore redis) {
        this.sql = sql;
        this.redis = redis;
        appointments = new SqlAppointmentRepository(sql);
        patients = new SqlPatientRepository(sql, clock);
        doctors = new SqlDoctorRepository(sql);
        catalogItems = new SqlCatalogRepository(sql);
        invoices = new SqlInvoiceRepository(sql);
        mongo = TestStores.get().freshMongo();
        auditTrail = new SqlAuditTrail(sql, new MongoAuditAnchor(mongo));
        queue = new RedisWaitingQueueRepository(redis);
        live =
                new RedisLiveStateRepository(
                        redis, Clock.system(MADRID), MADRID, Duration.ofHours(1));
    }

    static Instant at(String time) {
        return DAY.atTime(LocalTime.parse(time)).atZone(MADRID).toInstant();
    }

    AppointmentService appointmentsAs(Role role, Long doctorId) {
        return new AppointmentService(
                TestAccess.as(role, 1, doctorId),
                appointments,
                patients,
                doctors,
                queue,
                live,
                clock,
                MADRID,
                ClinicHours.DEFAULT);
    }

    AppointmentService reception() {
        return appointmentsAs(Role.RECEPTION, null);
    }

    BillingService billing() {
        AccessControl access = TestAccess.as(Role.BILLING, 2, null);
        return new BillingService(
                access,
                invoices,
                catalogItems,
                appointments,
                patients,
                live,
                new SqlTransactions(sql),
                new AuditService(auditTrail, access, clock),
                clock,
                MADRID);
    }

    CatalogService catalog() {
        return new CatalogService(TestAccess.as(Role.ADMIN, 3, null), catalogItems);
    }

    LiveStateRebuilder rebuilder() {
        return new LiveStateRebuilder(appointments, invoices, live, queue, clock, MADRID);
    }

    LiveBoardService liveBoard() {
        return new LiveBoardService(
                TestAccess.as(Role.RECEPTION, 4, null),
                live,
                appointments,
                patients,
                doctors,
                catalogItems,
                clock);
    }

    long patient(String given, String first, String second) {
        int number = NEXT_DNI.incrementAndGet();
        NationalId id =
                NationalId.parse(String.format("%08d%c", number, NationalId.dniLetter(number)));
        PatientData data =
                PatientData.of(
                        id,
                        PersonName.of(given, first, second),
                        LocalDate.of(1975, 1, 9),
                        Sex.FEMALE,
                        "+34 600 00 00 00",
                        null);
        return patients.create(data).id();
    }

    long doctor(String given, String surname, String licence) {
        return doctors.create(
                        Doctor.create(
                                PersonName.of(given, surname, null), "Medicina familiar", licence))
                .id();
    }

    static AppointmentRequest request(long patient, long doctor, String time) {
        return new AppointmentRequest(patient, doctor, at(time), 20, "Revisión");
    }

    /** An appointment taken straight to COMPLETED through the repository. */
    Appointment completed(long patient, long doctor, String time) {
        return completeInSql(appointments.book(request(patient, doctor, time), clock.instant()));
    }

    /** Takes a booked appointment to COMPLETED in PostgreSQL only. */
    Appointment completeInSql(Appointment booked) {
        for (AppointmentStatus next :
                new AppointmentStatus[] {
                    AppointmentStatus.CHECKED_IN,
                    AppointmentStatus.IN_CONSULTATION,
                    AppointmentStatus.COMPLETED
                }) {
            booked = appointments.changeStatus(booked.id(), next, clock.instant());
        }
        return booked;
    }

    /** Deletes this fixture's Redis keys only: the server may be shared. */
    void flushRedisPrefix() {
        ScanArgs match = ScanArgs.Builder.matches(redis.key("*")).limit(500);
        ScanCursor cursor = ScanCursor.INITIAL;
        do {
            KeyScanCursor<String> page = redis.commands().scan(cursor, match);
            if (!page.getKeys().isEmpty()) {
                redis.commands().del(page.getKeys().toArray(String[]::new));
            }
            cursor = page;
        } while (!cursor.isFinished());
    }

    @Override
    public void close() {
        if (redis.connection().isOpen()) {
            flushRedisPrefix();
        }
        redis.close();
        sql.close();
        mongo.close();
    }

    /** A fixed clock that a test can move forward. */
    static final class MovableClock extends Clock {

        private final AtomicReference<Instant> now;

        MovableClock(Instant start) {
            now = new AtomicReference<>(start);
        }

        void advance(Duration by) {
            now.updateAndGet(t -> t.plus(by));
        }

        @Override
        public ZoneId getZone() {
            return MADRID;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now.get(), zone);
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }
}
