package es.clinica.service;

import static es.clinica.service.PatientFlowIT.CLOCK;
import static es.clinica.service.PatientFlowIT.person;
import static es.clinica.service.PatientFlowIT.twoAllergies;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import es.clinica.domain.OutboxEntry;
import es.clinica.domain.Role;
import es.clinica.store.mongo.JsonProfileCodec;
import es.clinica.store.mongo.MongoProfileRepository;
import es.clinica.store.mongo.MongoStore;
import es.clinica.store.sql.SqlOutboxRepository;
import es.clinica.store.sql.SqlPatientRepository;
import es.clinica.store.sql.SqlStore;
import es.clinica.store.sql.SqlTransactions;
import es.clinica.testsupport.TestAccess;
import es.clinica.testsupport.TestStores;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OutboxRelayIT {

    private final SqlStore sql = TestStores.get().freshPostgres();
    private final SqlOutboxRepository outbox = new SqlOutboxRepository(sql, CLOCK);
    private final ProfileOutbox profileOutbox = new ProfileOutbox(outbox, new JsonProfileCodec());
    private final int port = freePort();
    private MongoServer server = startServer(port);
    private final MongoStore mongo = MongoStore.open("mongodb://127.0.0.1:" + port + "/clinica");
    private final MongoProfileRepository profiles = new MongoProfileRepository(mongo);

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MongoServer startServer(int port) {
        MongoServer started = new MongoServer(new MemoryBackend());
        started.bind("127.0.0.1", port);
        return started;
    }

    @AfterEach
    void close() {
        mongo.close();
        server.shutdownNow();
        sql.close();
    }

    private PatientService service(OutboxRelay relay) {
        return new PatientService(
                TestAccess.as(Role.RECEPTION, 1, null),
                new SqlTransactions(sql),
                new SqlPatientRepository(sql, CLOCK),
                profiles,
                profileOutbox,
                relay,
                CLOCK);
    }

    @Test
    void registrationSucceedsWhileMongoIsDownAndTheProfileArrivesOnceWhenItIsBack() {
        // The real clock, so the outbox back-off runs out while the test waits.
        OutboxRelay relay =
                new OutboxRelay(new SqlOutboxRepository(sql, Clock.systemUTC()), Clock.systemUTC())
                        .register(ProfileOutbox.TYPE, profileOutbox.handler(profiles));
        PatientService service = service(relay);
        server.shutdownNow();

        long id =
                service.register(
                                person("12345678Z", "Ana", "Pérez", null, LocalDate.of(1970, 1, 1)),
                                twoAllergies())
                        .patient()
                        .id();
        assertThat(relay.runOnce()).isZero();
        assertThat(relay.inOutage()).isTrue();
        ProfileReading pending = service.profileOf(id).orElseThrow();
        assertThat(pending.pending()).isTrue();
        assertThat(pending.profile().allergies()).hasSize(2);

        server = startServer(port);
        relay.start();
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> relay.pendingCount() == 0);
        } finally {
            relay.close();
        }
        assertThat(profiles.findAllPatientIds()).containsExactly(id);
        assertThat(profiles.findByPatientId(id).orElseThrow().allergies()).hasSize(2);
        assertThat(relay.inOutage()).isFalse();
    }

    @Test
    void applyingTheSameEntryTwiceLeavesOneDocument() {
        OutboxRelay relay =
                new OutboxRelay(outbox, CLOCK)
                        .register(ProfileOutbox.TYPE, profileOutbox.handler(profiles));
        long id =
                service(relay)
                        .register(
                                person("12345678Z", "Ana", "Pérez", null, LocalDate.of(1970, 1, 1)),
                                twoAllergies())
                        .patient()
                        .id();
        OutboxEntry entry =
                outbox.findLatestPending(ProfileOutbox.TYPE, Long.toString(id)).orElseThrow();

        profileOutbox.handler(profiles).apply(entry);
        profileOutbox.handler(profiles).apply(entry);
        relay.runOnce();

        assertThat(profiles.findAllPatientIds()).containsExactly(id);
        assertThat(profiles.findByPatientId(id).orElseThrow().version()).isEqualTo(entry.id());
        assertThat(outbox.countPending()).isZero();
    }
}
