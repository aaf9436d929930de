package es.clinica.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import es.clinica.ui.i18n.Localization;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MainViewModelTest {

    private final Localization localization = new Localization(Localization.SPANISH);
    private final List<String> events = new ArrayList<>();
    private final MainViewModel viewModel =
            new MainViewModel(localization, Screen.RECEPTION, () -> events.add("exit"));

    @Test
    void startsOnTheFirstScreen() {
        assertThat(viewModel.screen()).isEqualTo(Screen.RECEPTION);
    }

    @Test
    void showChangesTheScreenAndTellsListeners() {
        List<Screen> seen = new ArrayList<>();
        viewModel.screenProperty().addListener((o, old, now) -> seen.add(now));

        viewModel.show(Screen.BILLING);
        viewModel.show(Screen.LIVE);

        assertThat(viewModel.screen()).isEqualTo(Screen.LIVE);
        assertThat(seen).containsExactly(Screen.BILLING, Screen.LIVE);
    }

    @Test
    void languageSwitchChangesTheTextsAndKeepsTheScreen() {
        viewModel.show(Screen.CONSULTATION);

        viewModel.switchToEnglish();

        assertThat(viewModel.speaks(Locale.ENGLISH)).isTrue();
        assertThat(viewModel.speaks(Localization.SPANISH)).isFalse();
        assertThat(localization.get("nav.consultation")).isEqualTo("Consultation");
        assertThat(viewModel.screen()).isEqualTo(Screen.CONSULTATION);
        viewModel.switchToSpanish();
        assertThat(localization.get("nav.consultation")).isEqualTo("Consulta");
    }

    @Test
    void exitAsksTheWindowToClose() {
        viewModel.exit();

        assertThat(events).containsExactly("exit");
    }

    @Test
    void everyScreenHasItsViewFile() {
        for (Screen screen : Screen.values()) {
            assertThat(MainViewModel.class.getResource(screen.fxml()))
                    .as(screen.name())
                    .isNotNull();
        }
    }
}
