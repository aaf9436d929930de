package es.clinica.store.redis;

import static org.assertj.core.api.Assertions.assertThat;

import es.clinica.domain.QueueEntry;
import es.clinica.testsupport.TestStores;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RedisWaitingQueueRepositoryIT {

    private static final Instant T0 = Instant.parse("2026-02-03T08:00:00Z");

    private final RedisStore store = TestStores.get().freshRedis();
    private final RedisWaitingQueueRepository queue = new RedisWaitingQueueRepository(store);

    @AfterEach
    void close() {
        PrefixFlush.flush(store);
        store.close();
    }

    @Test
    void patientsWaitInArrivalOrderAsEncodedEntries() {
        queue.join(entry(5, 0));
        queue.join(entry(3, 60));

        assertThat(queue.waiting()).containsExactly(entry(5, 0), entry(3, 60));
        assertThat(store.commands().lrange(store.key("cola_atencion"), 0, -1))
                .containsExactly(entry(5, 0).encode(), entry(3, 60).encode());
        assertThat(queue.position(3)).hasValue(1);
        assertThat(queue.position(99)).isEmpty();
    }

    @Test
    void callingNextMovesTheFirstPatientToTheDoctorsList() {
        queue.join(entry(5, 0));
        queue.join(entry(3, 60));

        Optional<QueueEntry> called = queue.callNext(7);

        assertThat(called).contains(entry(5, 0));
        assertThat(queue.waiting()).containsExactly(entry(3, 60));
        assertThat(queue.inConsultation(7)).containsExactly(entry(5, 0));
        assertThat(store.commands().lrange(store.key("en_consulta:7"), 0, -1))
                .containsExactly(entry(5, 0).encode());
    }

    @Test
    void aMalformedEntryWrittenByHandIsSkippedNotFatal() {
        queue.join(new QueueEntry(41, Instant.ofEpochMilli(1_000)));
        store.commands().rpush(store.key("cola_atencion"), "999999", "not|an entry");
        queue.join(new QueueEntry(42, Instant.ofEpochMilli(2_000)));

        assertThat(queue.waiting()).extracting(QueueEntry::appointmentId).containsExactly(41L, 42L);
    }

    @Test
    void callingNextOnAnEmptyQueueGivesNobody() {
        assertThat(queue.callNext(7)).isEmpty();
        assertThat(queue.allInConsultation()).isEmpty();
    }

    @Test
    void completingTakesThePatientOutOfTheDoctorsList() {
        queue.join(entry(5, 0));
        queue.callNext(7);

        assertThat(queue.complete(7, 5)).isTrue();
        assertThat(queue.complete(7, 5)).isFalse();
        assertThat(queue.inConsultation(7)).isEmpty();
        assertThat(queue.allInConsultation()).isEmpty();
    }

    @Test
    void cancelledAppointmentLeavesTheQueueWithoutItsCheckInTime() {
        queue.join(entry(5, 0));
        queue.join(entry(15, 30));
        queue.join(entry(51, 60));

        assertThat(queue.remove(15)).isTrue();
        assertThat(queue.remove(15)).isFalse();
        assertThat(queue.waiting()).containsExactly(entry(5, 0), entry(51, 60));
    }

    @Test
    void requeueGivesACrashedDoctorsPatientsBackAtTheHeadInOrder() {
        queue.join(entry(1, 0));
        queue.join(entry(2, 10));
        queue.join(entry(3, 20));
        queue.callNext(7);
        queue.callNext(7);

        int moved = queue.requeue(7);

        assertThat(moved).isEqualTo(2);
        assertThat(queue.waiting()).containsExactly(entry(1, 0), entry(2, 10), entry(3, 20));
        assertThat(queue.inConsultation(7)).isEmpty();
    }

    @Test
    void twoDoctorsCallingAtOnceGetDifferentPatientsAndNobodyIsLost() throws Exception {
        int patients = 200;
        for (int i = 1; i <= patients; i++) {
            queue.join(entry(i, i));
        }
        CountDownLatch start = new CountDownLatch(1);
        List<QueueEntry> called = new CopyOnWriteArrayList<>();
        ExecutorService doctors = Executors.newFixedThreadPool(2);
        List<Future<?>> runs = new ArrayList<>();
        try (RedisStore otherWorkstation = sameKeysOtherConnection()) {
            RedisWaitingQueueRepository otherQueue =
                    new RedisWaitingQueueRepository(otherWorkstation);
            runs.add(doctors.submit(() -> callUntilEmpty(queue, 7, start, called)));
            runs.add(doctors.submit(() -> callUntilEmpty(otherQueue, 8, start, called)));

            start.countDown();
            for (Future<?> run : runs) {
                run.get(30, TimeUnit.SECONDS);
            }
        } finally {
            doctors.shutdown();
        }

        List<QueueEntry> everywhere = new ArrayList<>(queue.waiting());
        everywhere.addAll(queue.inConsultation(7));
        everywhere.addAll(queue.inConsultation(8));
        assertThat(called).hasSize(patients).doesNotHaveDuplicates();
        assertThat(everywhere).hasSize(patients).doesNotHaveDuplicates();
        assertThat(queue.waiting()).isEmpty();
    }

    private RedisStore sameKeysOtherConnection() {
        String uri = TestStores.get().settings().redisUri().orElseThrow();
        return RedisStore.open(uri, store.key(""), List.of());
    }

    private static Void callUntilEmpty(
            RedisWaitingQueueRepository queue,
            long doctor,
            CountDownLatch start,
            List<QueueEntry> called)
            throws InterruptedException {
        start.await();
        Optional<QueueEntry> next = queue.callNext(doctor);
        while (next.isPresent()) {
            called.add(next.get());
            next = queue.callNext(doctor);
        }
        return null;
    }

    private static QueueEntry entry(long appointmentId, long secondsAfterT0) {
        return new QueueEntry(appointmentId, T0.plusSeconds(secondsAfterT0));
    }
}
