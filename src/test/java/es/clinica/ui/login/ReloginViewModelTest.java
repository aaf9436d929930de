package es.clinica.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import es.clinica.domain.Role;
import es.clinica.ui.FakeAuth;
import es.clinica.ui.fx.Background;
import es.clinica.ui.fx.Failure;
import es.clinica.ui.i18n.Localization;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReloginViewModelTest {

    private final Localization localization = new Localization(Locale.ENGLISH);
    private final Background background = Background.inline(localization);
    private final FakeAuth fake =
            new FakeAuth().withAccount("admin", Role.ADMIN).loggedInAs("admin");
    private final List<Object> events = new ArrayList<>();
    private final ReloginViewModel viewModel =
            new ReloginViewModel(fake.auth(), background, localization, () -> events.add("login"));

    ReloginViewModelTest() {
        viewModel.loggedIn("admin");
        background.onSessionExpired(viewModel);
    }

    private void listAccounts() {
        background.run(() -> fake.auth().accounts().size(), events::add, events::add);
    }

    @Test
    void anExpiredSessionAsksForThePasswordAndTheCallRunsAfterTheNewLogin() {
        fake.expireSessions();

        listAccounts();
        assertThat(viewModel.askingProperty().get()).isTrue();
        assertThat(viewModel.messageProperty().get()).startsWith("Your session has ended.");
        assertThat(events).isEmpty();

        viewModel.passwordProperty().set("wrong-password");
        viewModel.signIn();
        assertThat(viewModel.askingProperty().get()).isTrue();
        assertThat(viewModel.messageProperty().get()).startsWith("The username or the password");

        viewModel.passwordProperty().set("admin-demo");
        viewModel.signIn();

        assertThat(viewModel.askingProperty().get()).isFalse();
        assertThat(events).containsExactly(1);
        assertThat(fake.auth().currentActor())
                .hasValueSatisfying(actor -> assertThat(actor.username()).isEqualTo("admin"));
    }

    @Test
    void loggingOutInsteadFailsTheWaitingCallsAndShowsTheLoginScreen() {
        fake.expireSessions();
        listAccounts();
        listAccounts();

        viewModel.logout();

        assertThat(viewModel.askingProperty().get()).isFalse();
        assertThat(events).hasSize(3).last().isEqualTo("login");
        assertThat(events.get(0)).isInstanceOf(Failure.class);
        assertThat(fake.auth().currentActor()).isEmpty();
    }

    @Test
    void aCallRefusedAfterTheUserLoggedOutFailsWithoutAskingForAPassword() {
        viewModel.loggedOut();
        fake.expireSessions();

        listAccounts();

        assertThat(viewModel.askingProperty().get()).isFalse();
        assertThat(events).singleElement().isInstanceOf(Failure.class);
    }
}
