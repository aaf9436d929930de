package es.clinica.ui.startup;

import static org.assertj.core.api.Assertions.assertThat;

import es.clinica.service.ClinicServices;
import es.clinica.service.UnavailableException;
import es.clinica.ui.Backend;
import es.clinica.ui.StubBackend;
import es.clinica.ui.fx.Background;
import es.clinica.ui.i18n.Localization;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class StartupViewModelTest {

    private final Localization localization = new Localization(Locale.ENGLISH);
    private final List<String> events = new ArrayList<>();
    private final StartupViewModel viewModel =
            new StartupViewModel(
                    Background.inline(localization), localization, () -> events.add("exit"));

    @Test
    void beforeStartingTheProgressIsIndeterminate() {
        assertThat(viewModel.progressProperty().get()).isNegative();
        assertThat(viewModel.currentStepProperty().get()).isEqualTo("Preparing…");
    }

    @Test
    void eachStageBecomesALineAndTheServicesAreHandedOn() {
        List<ClinicServices> ready = new ArrayList<>();

        viewModel.start(StubBackend.ready(), ready::add);

        assertThat(viewModel.steps())
                .hasSize(5)
                .first()
                .isEqualTo("Starting PostgreSQL (patients, appointments, invoices)…");
        assertThat(viewModel.currentStepProperty().get()).isEqualTo("Ready.");
        assertThat(viewModel.progressProperty().get()).isEqualTo(1.0);
        assertThat(ready).hasSize(1);
        assertThat(viewModel.failedProperty().get()).isFalse();
    }

    @Test
    void failureShowsTheLocalizedReasonAndOffersToClose() {
        viewModel.start(
                StubBackend.failing(new UnavailableException("startup.homeInUse", "/data")),
                services -> events.add("ready"));

        assertThat(viewModel.failedProperty().get()).isTrue();
        assertThat(viewModel.failureProperty().get())
                .startsWith("Another Clinica workstation is already using the data folder /data.");
        assertThat(viewModel.currentStepProperty().get())
                .isEqualTo("The workstation could not start.");
        viewModel.close();
        assertThat(events).containsExactly("exit");
    }

    @Test
    void anUnknownStageIsStillShown() {
        viewModel.start(
                new Backend() {
                    @Override
                    public ClinicServices start(Consumer<String> progress) {
                        progress.accept("certificates");
                        return new ClinicServices(List::of, null, null, null, null, null);
                    }

                    @Override
                    public void stop() {}
                },
                services -> events.add("ready"));

        assertThat(viewModel.steps()).containsExactly("Starting: certificates…");
        assertThat(events).containsExactly("ready");
    }
}
