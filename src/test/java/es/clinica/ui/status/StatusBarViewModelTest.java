package es.clinica.ui.status;

import static org.assertj.core.api.Assertions.assertThat;

import es.clinica.service.HealthService;
import es.clinica.service.StoreKind;
import es.clinica.service.StoreState;
import es.clinica.ui.StubHealthService;
import es.clinica.ui.fx.Background;
import es.clinica.ui.i18n.Localization;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class StatusBarViewModelTest {

    private final Localization localization = new Localization(Locale.ENGLISH);
    private final StubHealthService health = new StubHealthService();
    private final StatusBarViewModel viewModel =
            new StatusBarViewModel(health, Background.inline(localization), localization);

    @Test
    void beforeTheFirstProbeEveryStoreIsBeingChecked() {
        assertThat(text(StoreKind.POSTGRESQL)).isEqualTo("PostgreSQL: checking");
        assertThat(viewModel.store(StoreKind.REDIS).stateProperty().get()).isEmpty();
        assertThat(viewModel.messageProperty().get()).isEqualTo("Checking the stores…");
    }

    @Test
    void refreshShowsEachStoreWithItsAddressVersionAndRoundTrip() {
        viewModel.refresh();

        assertThat(text(StoreKind.POSTGRESQL)).isEqualTo("PostgreSQL: embedded");
        assertThat(text(StoreKind.MONGODB)).isEqualTo("MongoDB: embedded");
        assertThat(text(StoreKind.REDIS)).isEqualTo("Redis: embedded");
        assertThat(viewModel.store(StoreKind.REDIS).detailProperty().get())
                .isEqualTo("Redis at 127.0.0.1:40002, version 7.0.15, answered in 2 ms");
        assertThat(viewModel.messageProperty().get()).isEqualTo("All stores answer.");
    }

    @Test
    void profilesWaitingForMongoShowAsPendingUntilTheyArrive() {
        AtomicLong waiting = new AtomicLong(2);
        StatusBarViewModel withOutbox =
                new StatusBarViewModel(
                        health, waiting::get, Background.inline(localization), localization);
        health.set(StoreKind.MONGODB, StoreState.UNREACHABLE);

        withOutbox.refresh();
        assertThat(withOutbox.messageProperty().get())
                .startsWith("A store does not answer")
                .endsWith(
                        "2 patient profiles wait for MongoDB; they are delivered when it answers.");

        health.set(StoreKind.MONGODB, StoreState.CONNECTED);
        waiting.set(0);
        withOutbox.refresh();
        assertThat(withOutbox.messageProperty().get()).isEqualTo("All stores answer.");
    }

    @Test
    void storeGoingAwayAndComingBackShowsOnTheNextRefresh() {
        viewModel.refresh();
        health.set(StoreKind.MONGODB, StoreState.UNREACHABLE);

        viewModel.refresh();
        assertThat(text(StoreKind.MONGODB)).isEqualTo("MongoDB: unreachable");
        assertThat(viewModel.store(StoreKind.MONGODB).stateProperty().get())
                .contains(StoreState.UNREACHABLE);
        assertThat(viewModel.store(StoreKind.MONGODB).detailProperty().get())
                .isEqualTo("MongoDB at 127.0.0.1:40001 does not answer.");
        assertThat(viewModel.messageProperty().get()).startsWith("A store does not answer");

        health.set(StoreKind.MONGODB, StoreState.CONNECTED);
        viewModel.refresh();
        assertThat(text(StoreKind.MONGODB)).isEqualTo("MongoDB: connected");
    }

    @Test
    void languageSwitchRewritesTheTextsWithoutProbingAgain() {
        viewModel.refresh();
        health.set(StoreKind.REDIS, StoreState.UNREACHABLE);

        localization.switchTo(Localization.SPANISH);

        assertThat(text(StoreKind.REDIS)).isEqualTo("Redis: integrado");
        assertThat(viewModel.messageProperty().get()).isEqualTo("Todos los almacenes responden.");
    }

    @Test
    void aProbeStillRunningIsNotStartedTwice() {
        List<Runnable> worker = new ArrayList<>();
        CountingHealth counting = new CountingHealth(health);
        StatusBarViewModel slow =
                new StatusBarViewModel(
                        counting,
                        new Background(worker::add, Runnable::run, localization),
                        localization);

        slow.refresh();
        slow.refresh();
        assertThat(worker).hasSize(1);
        worker.remove(0).run();
        slow.refresh();

        assertThat(worker).hasSize(1);
        assertThat(counting.calls).isEqualTo(1);
    }

    @Test
    void aFailedProbeSaysSoAndAllowsTheNext() {
        List<String> probes = new ArrayList<>();
        StatusBarViewModel failing =
                new StatusBarViewModel(
                        () -> {
                            probes.add("probe");
                            throw new IllegalStateException("probe broke");
                        },
                        Background.inline(localization),
                        localization);

        failing.refresh();
        assertThat(failing.messageProperty().get()).startsWith("Something went wrong.");
        failing.refresh();

        assertThat(probes).hasSize(2);
        assertThat(failing.store(StoreKind.POSTGRESQL).stateProperty().get()).isEmpty();
    }

    private String text(StoreKind kind) {
        return viewModel.store(kind).textProperty().get();
    }

    private static final class CountingHealth implements HealthService {
        private final HealthService delegate;
        private int calls;

        CountingHealth(HealthService delegate) {
            this.delegate = delegate;
        }

        @Override
        public List<es.clinica.service.StoreHealth> check() {
            calls++;
            return delegate.check();
        }
    }
}
