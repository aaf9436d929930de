package es.clinica.service;

import static es.clinica.service.ClinicFixture.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import es.clinica.domain.Appointment;
import es.clinica.domain.QueueEntry;
import es.clinica.store.redis.RedisStore;
import es.clinica.store.redis.RedisWaitingQueueRepository;
import es.clinica.testsupport.TestStores;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The live-state watcher's decisions on the shared test servers: who rebuilds, what makes it
 * rebuild, and that a late push does not queue a patient twice.
 */
class LiveStateWatcherIT {

    private final ClinicFixture clinic = new ClinicFixture();
    private final long doctor = clinic.doctor("Ana", "Ruiz", "LIC-100");
    private final AppointmentService reception = clinic.reception();
    private final LiveStateWatcher watcher =
            new LiveStateWatcher(clinic.rebuilder(), clinic.live, Duration.ofMillis(200));

    @AfterEach
    void stop() {
        watcher.close();
        clinic.close();
    }

    @Test
    void aSecondWorkstationLeavesTheRebuildToTheOneHoldingTheLease() {
        arrive("Eva", "10:00");
        clinic.flushRedisPrefix();
        Optional<String> otherWorkstation = clinic.live.claimRebuild(Duration.ofSeconds(30));
        assertThat(otherWorkstation).isPresent();

        assertThat(watcher.lookOnce()).isEqualTo(LiveStateWatcher.Outcome.LEFT_TO_ANOTHER);
        assertThat(clinic.queue.waiting()).isEmpty();

        clinic.live.releaseRebuild(otherWorkstation.orElseThrow());
        assertThat(watcher.lookOnce()).isEqualTo(LiveStateWatcher.Outcome.REBUILT);
        assertThat(clinic.queue.waiting()).hasSize(1);
        assertThat(watcher.lookOnce()).isEqualTo(LiveStateWatcher.Outcome.IN_ORDER);
    }

    @Test
    void redisCallsThatFailedBetweenTwoLooksTriggerARebuildEvenIfRedisKeptItsData() {
        Appointment arrived = arrive("Eva", "10:00");
        assertThat(watcher.lookOnce()).isEqualTo(LiveStateWatcher.Outcome.IN_ORDER);
        // A push lost in a blip: the entry never reached Redis, and a Redis call failed.
        clinic.queue.remove(arrived.id());
        try (RedisStore cut = TestStores.get().freshRedis()) {
            cut.connection().close();
            assertThatThrownBy(() -> new RedisWaitingQueueRepository(cut).waiting())
                    .isInstanceOf(UnavailableException.class);
        }

        assertThat(watcher.lookOnce()).isEqualTo(LiveStateWatcher.Outcome.REBUILT);
        assertThat(clinic.queue.waiting())
                .extracting(QueueEntry::appointmentId)
                .containsExactly(arrived.id());
    }

    @Test
    void aCounterThatDisagreesAtTwoLooksInARowIsRebuiltWithoutAnyFailureSeen() {
        arrive("Eva", "10:00");
        arrive("Luis", "10:20");
        assertThat(watcher.lookOnce()).isEqualTo(LiveStateWatcher.Outcome.IN_ORDER);
        // An older count written over a newer one (a rebuild racing a booking elsewhere).
        clinic.live.setTodaysAppointments(1);

        assertThat(watcher.lookOnce()).isEqualTo(LiveStateWatcher.Outcome.IN_ORDER);
        assertThat(watcher.lookOnce()).isEqualTo(LiveStateWatcher.Outcome.REBUILT);
        assertThat(clinic.live.todaysAppointments()).hasValue(2);
    }

    @Test
    void aCheckInPushedAgainAfterTheRebuildIsNotQueuedTwice() {
        Appointment arrived = arrive("Eva", "10:00");
        QueueEntry entry = new QueueEntry(arrived.id(), arrived.checkedInAt().orElseThrow());

        clinic.rebuilder().rebuild();
        clinic.queue.join(entry);

        assertThat(clinic.queue.waiting()).isEqualTo(List.of(entry));
    }

    private Appointment arrive(String given, String time) {
        Appointment booked =
                reception.book(request(clinic.patient(given, "Paciente", null), doctor, time));
        clinic.clock.advance(Duration.ofSeconds(1));
        return reception.checkIn(booked.id());
    }
}
