package es.clinica.service;

import static org.assertj.core.api.Assertions.assertThat;

import es.clinica.app.cli.Check;
import es.clinica.app.cli.LiveStateCheck;
import es.clinica.app.cli.PatientStoresCheck;
import es.clinica.domain.Diagnosis;
import es.clinica.domain.MedicalNote;
import es.clinica.domain.NationalId;
import es.clinica.domain.PatientData;
import es.clinica.domain.PersonName;
import es.clinica.domain.Role;
import es.clinica.domain.Sex;
import es.clinica.store.mongo.JsonProfileCodec;
import es.clinica.store.mongo.MongoNoteRepository;
import es.clinica.store.mongo.MongoProfileRepository;
import es.clinica.store.mongo.MongoStore;
import es.clinica.store.redis.RedisStore;
import es.clinica.store.sql.SqlOutboxRepository;
import es.clinica.store.sql.SqlStore;
import es.clinica.store.sql.SqlTransactions;
import es.clinica.testsupport.OwnServers;
import es.clinica.testsupport.TestAccess;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.bson.Document;

/**
 * The clinic's services, wired as the workstation wires them (outbox relay and live-state watcher
 * running), over three servers this test owns and restarts ({@link OwnServers}); plus read-backs
 * that count records store by store.
 */
final class RestartingClinic implements AutoCloseable {

    private static final AtomicInteger NEXT_DNI = new AtomicInteger(40_000_000);

    final OwnServers servers = OwnServers.start();
    final MongoStore mongo = MongoStore.open(servers.mongoUri());
    final ClinicFixture clinic =
            new ClinicFixture(
                    SqlStore.open(servers.pgUrl(), "postgres", ""),
                    RedisStore.open(servers.redisUri(), ""));
    final MongoProfileRepository profiles = new MongoProfileRepository(mongo);
    final MongoNoteRepository notes = new MongoNoteRepository(mongo);

    /** The outbox's own clock, moved past its back-off when a test lets time pass. */
    final ClinicFixture.MovableClock outboxClock =
            new ClinicFixture.MovableClock(ClinicFixture.at("09:10"));

    final SqlOutboxRepository outbox = new SqlOutboxRepository(clinic.sql, outboxClock);
    final OutboxRelay relay = new OutboxRelay(outbox, outboxClock);
    final LiveStateWatcher watcher =
            new LiveStateWatcher(clinic.rebuilder(), clinic.live, Duration.ofMillis(300));
    final long doctor = clinic.doctor("Ana", "Ruiz", "LIC-100");

    RestartingClinic() {
        ProfileOutbox profileOutbox = new ProfileOutbox(outbox, new JsonProfileCodec());
        relay.register(ProfileOutbox.TYPE, profileOutbox.handler(profiles));
        relay.start();
        watcher.start();
    }

    PatientService patients() {
        return new PatientService(
                TestAccess.as(Role.RECEPTION, 1, null),
                new SqlTransactions(clinic.sql),
                clinic.patients,
                profiles,
                new ProfileOutbox(outbox, new JsonProfileCodec()),
                relay,
                clinic.clock);
    }

    ConsultationService consultation() {
        return consultation(doctor);
    }

    /** Consultations as the given doctor. */
    ConsultationService consultation(long doctorId) {
        AccessControl access = TestAccess.as(Role.DOCTOR, 5, doctorId);
        return new ConsultationService(
                access,
                clinic.patients,
                profiles,
                notes,
                new AuditService(clinic.auditTrail, access, clinic.clock),
                clinic.clock);
    }

    StoreConsistency consistency() {
        return new StoreConsistency(outbox, clinic.patients, profiles, clinic.clock);
    }

    static PatientData newPatient(String given) {
        int number = NEXT_DNI.incrementAndGet();
        NationalId id =
                NationalId.parse(String.format("%08d%c", number, NationalId.dniLetter(number)));
        return PatientData.of(
                id,
                PersonName.of(given, "Prueba", null),
                LocalDate.of(1980, 5, 17),
                Sex.MALE,
                "+34 600 00 00 01",
                null);
    }

    static NoteDraft note(long patientId, long appointmentId) {
        return new NoteDraft(
                Optional.empty(),
                patientId,
                appointmentId,
                new MedicalNote.Soap("Tos", "Sin fiebre", "Catarro", "Reposo"),
                List.of(new Diagnosis("J06.9", "Infección aguda de las vías respiratorias")),
                List.of());
    }

    /**
     * Retries {@code work} while a store is down (as a user would press again), until it is done.
     */
    static <T> T untilDone(Supplier<T> work) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .ignoreExceptionsInstanceOf(UnavailableException.class)
                .until(work::get, result -> true);
    }

    long sqlCount(String query) {
        try (Connection connection = clinic.sql.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    long profileCount(long patientId) {
        return mongo.database()
                .getCollection(MongoProfileRepository.COLLECTION)
                .countDocuments(new Document("_id", patientId));
    }

    /**
     * Lets the outbox's back-off pass and delivers what is due.
     *
     * @return how many entries were applied
     */
    int deliverOutbox() {
        outboxClock.advance(Duration.ofMinutes(6));
        return relay.runOnce();
    }

    /** The consistency part of {@code check}: nothing pending, no orphan, Redis agrees with SQL. */
    void assertConsistent() {
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(300))
                .ignoreExceptionsInstanceOf(UnavailableException.class)
                .untilAsserted(
                        () -> {
                            deliverOutbox();
                            assertThat(consistency().pendingOutboxEntries()).isZero();
                            assertThat(checkFindings()).noneMatch(Check.Finding::problem);
                        });
    }

    /** What {@code check}'s consistency part reports on these stores. */
    List<Check.Finding> checkFindings() {
        List<Check.Finding> findings =
                new ArrayList<>(new PatientStoresCheck().findings(consistency()));
        findings.addAll(new LiveStateCheck().findings(clinic.rebuilder()));
        return findings;
    }

    @Override
    public void close() {
        watcher.close();
        relay.close();
        mongo.close();
        clinic.close();
        servers.close();
    }
}
