package es.clinica.store.redis;

import static org.assertj.core.api.Assertions.assertThat;

import es.clinica.domain.ClinicDay;
import es.clinica.domain.DoctorActivity;
import es.clinica.domain.LiveBoard;
import es.clinica.domain.LiveState;
import es.clinica.domain.QueueEntry;
import es.clinica.domain.RankingEntry;
import es.clinica.testsupport.TestStores;
import io.lettuce.core.event.command.CommandListener;
import io.lettuce.core.event.command.CommandStartedEvent;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RedisLiveStateRepositoryIT {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static final Instant T0 = Instant.parse("2026-02-03T08:00:00Z");

    private final List<String> sent = new CopyOnWriteArrayList<>();
    private final RedisStore store = countingStore();
    private final Clock clock = Clock.fixed(Instant.now().truncatedTo(ChronoUnit.SECONDS), MADRID);
    private final RedisLiveStateRepository live =
            new RedisLiveStateRepository(store, clock, MADRID, Duration.ofHours(8));
    private final RedisWaitingQueueRepository queue = new RedisWaitingQueueRepository(store);

    @AfterEach
    void close() {
        PrefixFlush.flush(store);
        store.close();
    }

    @Test
    void todaysCountEndsAtTheClinicsNextMidnight() {
        live.incrementTodaysAppointments();
        live.incrementTodaysAppointments();
        long afterCancel = live.decrementTodaysAppointments();

        long expiresAt = store.commands().expiretime(store.key("citas_hoy"));
        assertThat(afterCancel).isEqualTo(1);
        assertThat(live.todaysAppointments()).hasValue(1);
        assertThat(Instant.ofEpochSecond(expiresAt))
                .isEqualTo(ClinicDay.nextMidnight(clock.instant(), MADRID));
    }

    @Test
    void todaysCountSetForRebuildAlsoEndsAtMidnightAndNeverGoesBelowZero() {
        ZoneId canaries = ZoneId.of("Atlantic/Canary");
        RedisLiveStateRepository canary =
                new RedisLiveStateRepository(store, clock, canaries, Duration.ofHours(8));

        canary.setTodaysAppointments(0);
        long count = canary.decrementTodaysAppointments();

        assertThat(count).isZero();
        assertThat(Instant.ofEpochSecond(store.commands().expiretime(store.key("citas_hoy"))))
                .isEqualTo(ClinicDay.nextMidnight(clock.instant(), canaries));
    }

    @Test
    void missingCounterIsTold() {
        assertThat(live.todaysAppointments()).isEmpty();
    }

    @Test
    void availableDoctorsAreASet() {
        live.addAvailableDoctor(9);
        live.addAvailableDoctor(2);
        live.addAvailableDoctor(9);
        live.removeAvailableDoctor(4);

        assertThat(live.availableDoctors()).containsExactly(2L, 9L);
        assertThat(live.isAvailable(9)).isTrue();
        live.removeAvailableDoctor(9);
        assertThat(live.isAvailable(9)).isFalse();
    }

    @Test
    void doctorsLastActivityIsKeptWithATtl() {
        DoctorActivity called = new DoctorActivity(3, "llamada", OptionalLong.of(44), T0);
        DoctorActivity available = new DoctorActivity(3, "disponible", OptionalLong.empty(), T0);

        live.recordActivity(called);
        assertThat(live.lastActivity(3)).contains(called);
        live.recordActivity(available);

        assertThat(live.lastActivity(3)).contains(available);
        assertThat(live.lastActivity(4)).isEmpty();
        assertThat(store.commands().ttl(store.key("actividad_medico:3")))
                .isBetween(8 * 3600L - 5, 8 * 3600L);
    }

    @Test
    void creditNoteTakesQuantitiesBackOutOfTheRanking() {
        live.addToRanking("CONS-GEN", new BigDecimal("3"));
        live.addToRanking("ECG", new BigDecimal("2"));
        live.addToRanking("ANALITICA", new BigDecimal("5"));

        BigDecimal left = live.addToRanking("CONS-GEN", new BigDecimal("-1"));
        live.addToRanking("ECG", new BigDecimal("-2"));

        assertThat(left).isEqualByComparingTo("2");
        assertThat(live.topServices(10))
                .containsExactly(
                        new RankingEntry("ANALITICA", new BigDecimal("5")),
                        new RankingEntry("CONS-GEN", new BigDecimal("2")));
        assertThat(store.commands().zscore(store.key("ranking_servicios"), "ECG")).isNull();
        assertThat(live.topServices(1))
                .extracting(RankingEntry::serviceCode)
                .containsExactly("ANALITICA");
    }

    @Test
    void liveBoardIsReadInOneRoundTrip() {
        fillClinic();
        sent.clear();

        LiveBoard board = live.board(2);

        assertThat(sent).containsExactly("EVAL");
        assertThat(board.queue()).containsExactly(entry(2, 10), entry(3, 20));
        assertThat(board.availableDoctors()).containsExactly(7L, 8L);
        assertThat(board.ranking())
                .containsExactly(
                        new RankingEntry("CONS-GEN", new BigDecimal("4")),
                        new RankingEntry("ECG", new BigDecimal("1.5")));
        assertThat(board.todaysAppointments()).isEqualTo(3);
        assertThat(board.inConsultation()).isEqualTo(Map.of(7L, List.of(entry(1, 0))));
        assertThat(board.readAt()).isEqualTo(clock.instant());
    }

    @Test
    void emptyClinicGivesAnEmptyBoard() {
        LiveBoard board = live.board(5);

        assertThat(board.queue()).isEmpty();
        assertThat(board.availableDoctors()).isEmpty();
        assertThat(board.ranking()).isEmpty();
        assertThat(board.todaysAppointments()).isZero();
        assertThat(board.inConsultation()).isEmpty();
    }

    @Test
    void rebuildAfterAFlushGivesTheSameBoardAsBefore() {
        fillClinic();
        LiveBoard before = live.board(10);
        LiveState fromPostgres =
                new LiveState(
                        3,
                        List.of(entry(2, 10), entry(3, 20)),
                        Map.of(7L, List.of(entry(1, 0))),
                        List.of(
                                new RankingEntry("ECG", new BigDecimal("1.5")),
                                new RankingEntry("CONS-GEN", new BigDecimal("4")),
                                new RankingEntry("RX-TORAX", BigDecimal.ONE),
                                new RankingEntry("ANULADO", BigDecimal.ZERO)));
        PrefixFlush.flush(store);
        live.addAvailableDoctor(7);
        live.addAvailableDoctor(8);

        live.rebuild(fromPostgres);

        assertThat(live.board(10)).isEqualTo(before);
        assertThat(Instant.ofEpochSecond(store.commands().expiretime(store.key("citas_hoy"))))
                .isEqualTo(ClinicDay.nextMidnight(clock.instant(), MADRID));
    }

    @Test
    void rebuildReplacesStaleStateIncludingOldConsultationLists() {
        fillClinic();

        live.rebuild(new LiveState(0, List.of(entry(9, 5)), Map.of(), List.of()));

        LiveBoard board = live.board(10);
        assertThat(board.queue()).containsExactly(entry(9, 5));
        assertThat(board.inConsultation()).isEmpty();
        assertThat(board.ranking()).isEmpty();
        assertThat(board.todaysAppointments()).isZero();
        assertThat(store.commands().exists(store.key("en_consulta:7"))).isZero();
    }

    private void fillClinic() {
        live.incrementTodaysAppointments();
        live.incrementTodaysAppointments();
        live.incrementTodaysAppointments();
        queue.join(entry(1, 0));
        queue.join(entry(2, 10));
        queue.join(entry(3, 20));
        queue.callNext(7);
        live.addAvailableDoctor(8);
        live.addAvailableDoctor(7);
        live.addToRanking("CONS-GEN", new BigDecimal("4"));
        live.addToRanking("ECG", new BigDecimal("1.5"));
        live.addToRanking("RX-TORAX", new BigDecimal("1"));
    }

    private RedisStore countingStore() {
        String uri = TestStores.get().settings().redisUri().orElseThrow();
        String prefix = "t_" + Long.toHexString(System.nanoTime()) + ":";
        CommandListener counter =
                new CommandListener() {
                    @Override
                    public void commandStarted(CommandStartedEvent event) {
                        sent.add(event.getCommand().getType().toString());
                    }
                };
        return RedisStore.open(uri, prefix, List.of(counter));
    }

    private static QueueEntry entry(long appointmentId, long secondsAfterT0) {
        return new QueueEntry(appointmentId, T0.plusSeconds(secondsAfterT0));
    }
}
