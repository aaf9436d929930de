package es.clinica.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import es.clinica.domain.Role;
import es.clinica.service.Actor;
import es.clinica.ui.i18n.Localization;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MainViewModelTest {

    private final Localization localization = new Localization(Localization.SPANISH);
    private final List<String> events = new ArrayList<>();
    private final MainViewModel viewModel = as(Role.RECEPTION, Screen.RECEPTION);

    private MainViewModel as(Role role, Screen first) {
        return new MainViewModel(
                localization,
                new Actor(7, "ana", role, Optional.empty()),
                first,
                () -> events.add("exit"),
                () -> events.add("logout"));
    }

    @Test
    void startsOnTheFirstScreen() {
        assertThat(viewModel.screen()).isEqualTo(Screen.RECEPTION);
    }

    @Test
    void showChangesTheScreenAndTellsListeners() {
        List<Screen> seen = new ArrayList<>();
        viewModel.screenProperty().addListener((o, old, now) -> seen.add(now));

        viewModel.show(Screen.LIVE);
        viewModel.show(Screen.RECEPTION);

        assertThat(viewModel.screen()).isEqualTo(Screen.RECEPTION);
        assertThat(seen).containsExactly(Screen.LIVE, Screen.RECEPTION);
    }

    @Test
    void aScreenTheRoleDoesNotUseIsNeitherOfferedNorShown() {
        viewModel.show(Screen.BILLING);

        assertThat(viewModel.screen()).isEqualTo(Screen.RECEPTION);
        assertThat(viewModel.usable(Screen.BILLING)).isFalse();
        assertThat(viewModel.usable(Screen.ADMIN)).isFalse();
        assertThat(viewModel.mayImport()).isFalse();
    }

    @Test
    void eachRoleLandsOnItsScreenWhenTheRememberedOneIsNotItsOwn() {
        assertThat(as(Role.DOCTOR, Screen.BILLING).screen()).isEqualTo(Screen.CONSULTATION);
        assertThat(as(Role.BILLING, Screen.ADMIN).screen()).isEqualTo(Screen.BILLING);
        assertThat(as(Role.ADMIN, Screen.RECEPTION).screen()).isEqualTo(Screen.ADMIN);
        assertThat(as(Role.ADMIN, Screen.LIVE).screen()).isEqualTo(Screen.LIVE);
        assertThat(as(Role.ADMIN, Screen.ADMIN).mayImport()).isTrue();
    }

    @Test
    void theUserLineNamesTheRoleInTheCurrentLanguage() {
        assertThat(viewModel.userProperty().get()).isEqualTo("ana · Recepción");

        viewModel.switchToEnglish();

        assertThat(viewModel.userProperty().get()).isEqualTo("ana · Reception");
    }

    @Test
    void logoutAsksTheWindowToShowTheLoginScreen() {
        viewModel.logout();

        assertThat(events).containsExactly("logout");
    }

    @Test
    void languageSwitchChangesTheTextsAndKeepsTheScreen() {
        viewModel.show(Screen.LIVE);

        viewModel.switchToEnglish();

        assertThat(viewModel.speaks(Locale.ENGLISH)).isTrue();
        assertThat(viewModel.speaks(Localization.SPANISH)).isFalse();
        assertThat(localization.get("nav.consultation")).isEqualTo("Consultation");
        assertThat(viewModel.screen()).isEqualTo(Screen.LIVE);
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
