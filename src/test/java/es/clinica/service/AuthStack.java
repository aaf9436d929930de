package es.clinica.service;

import es.clinica.domain.Doctor;
import es.clinica.domain.NationalId;
import es.clinica.domain.Patient;
import es.clinica.domain.PatientData;
import es.clinica.domain.PersonName;
import es.clinica.domain.Role;
import es.clinica.domain.Sex;
import es.clinica.domain.StaffAccount;
import es.clinica.service.port.AuditAction;
import es.clinica.store.crypto.Argon2PasswordHasher;
import es.clinica.store.mongo.MongoAuditAnchor;
import es.clinica.store.mongo.MongoNoteRepository;
import es.clinica.store.mongo.MongoProfileRepository;
import es.clinica.store.mongo.MongoStore;
import es.clinica.store.redis.RedisLoginAttemptRepository;
import es.clinica.store.redis.RedisSessionRepository;
import es.clinica.store.redis.RedisStore;
import es.clinica.store.sql.SqlAuditTrail;
import es.clinica.store.sql.SqlDoctorRepository;
import es.clinica.store.sql.SqlPatientRepository;
import es.clinica.store.sql.SqlStaffAccountRepository;
import es.clinica.store.sql.SqlStore;
import es.clinica.store.sql.SqlTransactions;
import es.clinica.testsupport.TestStores;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real account, session, audit and consultation services over fresh real stores, wired as the
 * composition root wires them, with a cheap Argon2id so tests stay fast.
 */
final class AuthStack implements AutoCloseable {

    static final String PASSWORD = "correct-horse-battery";
    private static final AtomicInteger NEXT = new AtomicInteger(30_000_000);

    final SqlStore sql = TestStores.get().freshPostgres();
    final MongoStore mongo = TestStores.get().freshMongo();
    final RedisStore redis = TestStores.get().freshRedis();
    final Clock clock = Clock.systemUTC();
    final Argon2PasswordHasher hasher = new Argon2PasswordHasher(1024, 1, 1);
    final SqlStaffAccountRepository accounts = new SqlStaffAccountRepository(sql, clock);
    final SqlDoctorRepository doctors = new SqlDoctorRepository(sql);
    final SqlPatientRepository patients = new SqlPatientRepository(sql, clock);
    final MongoProfileRepository profiles = new MongoProfileRepository(mongo);
    final MongoNoteRepository notes = new MongoNoteRepository(mongo);
    final RedisLoginAttemptRepository attempts = new RedisLoginAttemptRepository(redis);
    final SqlAuditTrail trail = new SqlAuditTrail(sql, new MongoAuditAnchor(mongo));
    final RedisSessionRepository sessions;
    final CurrentSession current = new CurrentSession();
    final SessionAccessControl access;
    final AuditService audit;
    final AuthService auth;
    final ConsultationService consultation;

    private final Duration sessionTtl;

    AuthStack(Duration sessionTtl) {
        this.sessionTtl = sessionTtl;
        sessions = new RedisSessionRepository(redis, sessionTtl);
        access = new SessionAccessControl(current, sessions, trail, clock, sessionTtl);
        audit = new AuditService(trail, access, clock);
        auth = authOn(current, access, audit);
        consultation = new ConsultationService(access, patients, profiles, notes, audit, clock);
    }

    /** Another workstation on the same stores: its own current session, checks and services. */
    record Workstation(CurrentSession current, AuthService auth) {}

    Workstation otherWorkstation() {
        CurrentSession other = new CurrentSession();
        SessionAccessControl otherAccess =
                new SessionAccessControl(other, sessions, trail, clock, sessionTtl);
        return new Workstation(
                other, authOn(other, otherAccess, new AuditService(trail, otherAccess, clock)));
    }

    private AuthService authOn(
            CurrentSession session, SessionAccessControl checks, AuditService audited) {
        return new AuthService(
                accounts,
                attempts,
                sessions,
                hasher,
                new SqlTransactions(sql),
                session,
                checks,
                audited,
                clock);
    }

    AuthStack() {
        this(Duration.ofMinutes(30));
    }

    StaffAccount account(String username, Role role) {
        Optional<Long> doctorId =
                role == Role.DOCTOR ? Optional.of(doctor().id()) : Optional.empty();
        return accounts.create(
                new StaffAccount(
                        0, username, hasher.hash(PASSWORD.toCharArray()), role, doctorId, true));
    }

    Doctor doctor() {
        return doctors.create(
                Doctor.create(
                        PersonName.of("Ana", "Ruiz", null), "Medicina de familia", licence()));
    }

    Patient patient() {
        int number = NEXT.incrementAndGet();
        NationalId dni =
                NationalId.parse(String.format("%08d%c", number, NationalId.dniLetter(number)));
        return patients.create(
                PatientData.of(
                        dni,
                        PersonName.of("Lucía", "García", "Núñez"),
                        LocalDate.of(1980, 5, 17),
                        Sex.FEMALE,
                        "+34 600 12 34 56",
                        null));
    }

    void loginAs(StaffAccount account) {
        auth.login(account.username(), PASSWORD.toCharArray());
    }

    /** Every action in the audit trail, in order. */
    List<AuditAction> auditedActions() {
        List<AuditAction> actions = new ArrayList<>();
        try (Connection connection = sql.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery("SELECT action FROM audit_log ORDER BY audit_id")) {
            while (rows.next()) {
                actions.add(AuditAction.valueOf(rows.getString(1)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return actions;
    }

    private static String licence() {
        return "28" + NEXT.incrementAndGet();
    }

    @Override
    public void close() {
        auth.logout();
        sql.close();
        mongo.close();
        redis.close();
    }
}
