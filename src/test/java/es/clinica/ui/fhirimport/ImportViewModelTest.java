package es.clinica.ui.fhirimport;

import static org.assertj.core.api.Assertions.assertThat;

import es.clinica.domain.Role;
import es.clinica.service.AccessControl;
import es.clinica.service.AccessDeniedException;
import es.clinica.service.OutboxRelay;
import es.clinica.service.PatientImportService;
import es.clinica.testsupport.TestAccess;
import es.clinica.ui.fx.Background;
import es.clinica.ui.i18n.Localization;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import org.junit.jupiter.api.Test;

/**
 * The import window's states. The service is real; the worker is held by the test, so it can press
 * Cancel while the import "runs". Reading files is covered by {@code ImportScreenIT}.
 */
class ImportViewModelTest {

    private final Localization localization = new Localization(Locale.ENGLISH);
    private final Queue<Runnable> worker = new ArrayDeque<>();
    private final Background background = new Background(worker::add, Runnable::run, localization);

    private ImportViewModel viewModel(AccessControl access) {
        PatientImportService service =
                new PatientImportService(
                        access,
                        null,
                        null,
                        null,
                        null,
                        null,
                        new OutboxRelay(null, Clock.systemUTC()),
                        Clock.systemUTC());
        return new ImportViewModel(service, background, localization);
    }

    @Test
    void nothingStartsUntilFilesAreChosen() {
        ImportViewModel viewModel = viewModel(TestAccess.as(Role.ADMIN, 1, null));

        viewModel.start();

        assertThat(viewModel.runningProperty().get()).isFalse();
        assertThat(viewModel.statusProperty().get()).isEqualTo("Nothing chosen yet.");
        assertThat(worker).isEmpty();
    }

    @Test
    void cancellingWhileRunningEndsWithACancelledSummary() {
        ImportViewModel viewModel = viewModel(TestAccess.as(Role.ADMIN, 1, null));
        viewModel.choose(List.of(Path.of("a.json"), Path.of("b.json")));
        assertThat(viewModel.statusProperty().get()).isEqualTo("2 files or folders chosen.");

        viewModel.start();
        assertThat(viewModel.runningProperty().get()).isTrue();
        assertThat(viewModel.progressProperty().get()).isNegative();
        viewModel.cancel();
        assertThat(viewModel.statusProperty().get()).startsWith("Stopping");
        worker.remove().run();

        assertThat(viewModel.runningProperty().get()).isFalse();
        assertThat(viewModel.lastSummary())
                .hasValueSatisfying(s -> assertThat(s.cancelled()).isTrue());
        assertThat(viewModel.statusProperty().get()).startsWith("Import cancelled.");
        assertThat(viewModel.summary())
                .contains("The import was cancelled; the patients counted above are saved.");
    }

    @Test
    void aRoleWithoutImportGetsTheRefusalAndNothingRuns() {
        ImportViewModel viewModel =
                viewModel(
                        permission -> {
                            throw new AccessDeniedException("access.denied");
                        });
        viewModel.choose(List.of(Path.of("a.json")));

        viewModel.start();
        worker.remove().run();

        assertThat(viewModel.runningProperty().get()).isFalse();
        assertThat(viewModel.summary()).isEmpty();
        assertThat(viewModel.statusProperty().get())
                .isEqualTo("Your role does not allow this. Ask an administrator if you need it.");
    }
}
