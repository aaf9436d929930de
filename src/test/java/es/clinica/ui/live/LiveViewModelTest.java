package es.clinica.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import es.clinica.service.LiveBoardDisplay;
import es.clinica.service.UnavailableException;
import es.clinica.service.WaitingRoomDisplay;
import es.clinica.ui.fx.Background;
import es.clinica.ui.i18n.Localization;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

class LiveViewModelTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    private final Localization localization = new Localization(Locale.ENGLISH);
    private final FakeSource source = new FakeSource();
    private final ManualTicker ticker = new ManualTicker();

    @Test
    void waitingTimeColourGrowsAtTenAndTwentyMinutes() {
        assertThat(WaitLevel.of(Duration.ofMinutes(9).plusSeconds(59))).isEqualTo(WaitLevel.SHORT);
        assertThat(WaitLevel.of(Duration.ofMinutes(10))).isEqualTo(WaitLevel.MEDIUM);
        assertThat(WaitLevel.of(Duration.ofMinutes(19))).isEqualTo(WaitLevel.MEDIUM);
        assertThat(WaitLevel.of(Duration.ofMinutes(20))).isEqualTo(WaitLevel.LONG);
        assertThat(WaitLevel.LONG.styleClass()).isEqualTo("wait-long");
    }

    @Test
    void boardShowsQueueWithWaitingTimesDoctorsCountAndRanking() {
        source.board =
                board(waiting("Ana Ruiz", 4), waiting("Luis Gil", 12), waiting("Eva Sanz", 25));
        LiveViewModel viewModel = viewModel(Background.inline(localization));

        viewModel.setPanelShown(true);

        assertThat(viewModel.stateProperty().get()).isEqualTo(LiveViewModel.State.LIVE);
        assertThat(viewModel.waiting())
                .containsExactly(
                        new WaitingRow("Ana Ruiz – for Dra. Pérez", "4 min", WaitLevel.SHORT),
                        new WaitingRow("Luis Gil – for Dra. Pérez", "12 min", WaitLevel.MEDIUM),
                        new WaitingRow("Eva Sanz – for Dra. Pérez", "25 min", WaitLevel.LONG));
        assertThat(viewModel.doctors()).containsExactly("Dra. Pérez");
        assertThat(viewModel.todaysCountProperty().get()).isEqualTo("9");
        assertThat(viewModel.ranking())
                .containsExactly(new RankingBar("Consulta", new BigDecimal("5")));
    }

    @Test
    void rankingQuantitiesAreWrittenInTheUiLanguage() {
        LiveViewModel viewModel = viewModel(Background.inline(localization));

        assertThat(viewModel.quantityText(12500)).isEqualTo("12,500");
        localization.switchTo(Localization.SPANISH);
        assertThat(viewModel.quantityText(12500)).isEqualTo("12.500");
        assertThat(viewModel.quantityText(2.5)).isEqualTo("2,5");
    }

    @Test
    void redisAwayShowsUnavailableNotAnEmptyQueue() {
        source.board = board(waiting("Ana Ruiz", 4));
        LiveViewModel viewModel = viewModel(Background.inline(localization));
        viewModel.setPanelShown(true);

        source.board = LiveBoardDisplay.unavailable(NOW);
        ticker.tick();

        assertThat(viewModel.stateProperty().get()).isEqualTo(LiveViewModel.State.UNAVAILABLE);
        assertThat(viewModel.statusProperty().get()).startsWith("Live data unavailable");
        assertThat(viewModel.waiting()).isEmpty();
        assertThat(viewModel.todaysCountProperty().get()).isEqualTo("–");

        source.board = board(waiting("Ana Ruiz", 5));
        ticker.tick();

        assertThat(viewModel.stateProperty().get()).isEqualTo(LiveViewModel.State.LIVE);
        assertThat(viewModel.waiting()).hasSize(1);
    }

    @Test
    void failedReadIsShownAsUnavailable() {
        source.failure = Optional.of(new UnavailableException("store.redis.unavailable"));
        LiveViewModel viewModel = viewModel(Background.inline(localization));

        viewModel.setPanelShown(true);

        assertThat(viewModel.stateProperty().get()).isEqualTo(LiveViewModel.State.UNAVAILABLE);
        assertThat(viewModel.statusProperty().get()).contains("Redis");
    }

    @Test
    void pollsOnlyWhileShownAtTheGivenInterval() {
        source.board = board();
        LiveViewModel viewModel = viewModel(Background.inline(localization));

        viewModel.setPanelShown(true);
        ticker.tick();
        ticker.tick();
        viewModel.setPanelShown(false);

        assertThat(source.reads).isEqualTo(3);
        assertThat(ticker.period).isEqualTo(Duration.ofMillis(250));
        assertThat(ticker.running).isFalse();
    }

    @Test
    void aReadStillRunningIsNotDoubled() {
        source.board = board();
        List<Runnable> pending = new ArrayList<>();
        Executor held = pending::add;
        LiveViewModel viewModel = viewModel(new Background(held, Runnable::run, localization));

        viewModel.setPanelShown(true);
        ticker.tick();
        ticker.tick();

        assertThat(pending).hasSize(1);
        pending.remove(0).run();
        ticker.tick();
        assertThat(pending).hasSize(1);
    }

    @Test
    void waitingRoomShowsCallsWithoutClinicalDetailWhileOpen() {
        source.board = board();
        source.room =
                new WaitingRoomDisplay(
                        true, List.of(new WaitingRoomDisplay.Call("María L. G.", "Dra. Pérez")), 3);
        LiveViewModel viewModel = viewModel(Background.inline(localization));

        viewModel.setWallDisplayOpen(true);

        assertThat(viewModel.calls()).containsExactly("María L. G. → Dra. Pérez");
        assertThat(viewModel.waitingRoomStatusProperty().get()).isEqualTo("3 waiting");
        viewModel.setWallDisplayOpen(false);
        assertThat(ticker.running).isFalse();
    }

    private LiveViewModel viewModel(Background background) {
        return new LiveViewModel(
                Optional.of(source), background, localization, Duration.ofMillis(250), ticker);
    }

    private static LiveBoardDisplay board(LiveBoardDisplay.QueueRow... queue) {
        return new LiveBoardDisplay(
                LiveBoardDisplay.Status.LIVE,
                List.of(queue),
                List.of(),
                List.of(new LiveBoardDisplay.DoctorRow(1, "Dra. Pérez")),
                List.of(new LiveBoardDisplay.RankingRow("CONS", "Consulta", new BigDecimal("5"))),
                9,
                NOW);
    }

    private static LiveBoardDisplay.QueueRow waiting(String patient, int minutes) {
        Duration waited = Duration.ofMinutes(minutes);
        return new LiveBoardDisplay.QueueRow(
                minutes, patient, "Dra. Pérez", NOW.minus(waited), waited);
    }

    private static final class FakeSource implements LiveViewModel.Source {
        private LiveBoardDisplay board = LiveBoardDisplay.unavailable(NOW);
        private WaitingRoomDisplay room = new WaitingRoomDisplay(false, List.of(), 0);
        private Optional<RuntimeException> failure = Optional.empty();
        private int reads;

        @Override
        public LiveBoardDisplay board() {
            reads++;
            failure.ifPresent(
                    e -> {
                        throw e;
                    });
            return board;
        }

        @Override
        public WaitingRoomDisplay waitingRoom() {
            return room;
        }
    }

    private static final class ManualTicker implements LiveViewModel.Ticker {
        private Runnable action = () -> {};
        private Duration period;
        private boolean running;

        @Override
        public es.clinica.ui.fx.Cancellable every(Duration every, String name, Runnable tick) {
            period = every;
            action = tick;
            running = true;
            return () -> running = false;
        }

        void tick() {
            if (running) {
                action.run();
            }
        }
    }
}
