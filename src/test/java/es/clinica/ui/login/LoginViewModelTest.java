package es.clinica.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import es.clinica.domain.Role;
import es.clinica.service.Actor;
import es.clinica.service.StoreKind;
import es.clinica.service.StoreState;
import es.clinica.ui.FakeAuth;
import es.clinica.ui.StubHealthService;
import es.clinica.ui.fx.Background;
import es.clinica.ui.i18n.Localization;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LoginViewModelTest {

    private final Localization localization = new Localization(Locale.ENGLISH);
    private final StubHealthService health = new StubHealthService();
    private final List<Actor> loggedIn = new ArrayList<>();

    private LoginViewModel over(FakeAuth fake) {
        LoginViewModel viewModel =
                new LoginViewModel(
                        fake.auth(),
                        health,
                        Background.inline(localization),
                        localization,
                        loggedIn::add);
        viewModel.open();
        return viewModel;
    }

    private FakeAuth clinic() {
        return new FakeAuth().withAccount("admin", Role.ADMIN).withAccount("medico", Role.DOCTOR);
    }

    @Test
    void theDemoAccountsAreShownOnlyOnTheEmbeddedDefault() {
        LoginViewModel embedded = over(clinic());
        assertThat(embedded.embeddedProperty().get()).isTrue();
        assertThat(embedded.demoAccountsProperty().get())
                .contains("recepcion / recepcion-demo (Reception)")
                .contains("admin / admin-demo (Administrator)");

        health.set(StoreKind.POSTGRESQL, StoreState.CONNECTED);
        LoginViewModel real = over(clinic());

        assertThat(real.embeddedProperty().get()).isFalse();
    }

    @Test
    void loggingInHandsOnTheActorWithItsRoleAndClearsThePassword() {
        LoginViewModel viewModel = over(clinic());
        viewModel.usernameProperty().set("medico");
        viewModel.passwordProperty().set("medico-demo");

        viewModel.signIn();

        assertThat(loggedIn)
                .singleElement()
                .satisfies(
                        actor -> {
                            assertThat(actor.username()).isEqualTo("medico");
                            assertThat(actor.role()).isEqualTo(Role.DOCTOR);
                            assertThat(actor.doctorId()).contains(1L);
                        });
        assertThat(viewModel.passwordProperty().get()).isEmpty();
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameMessage() {
        LoginViewModel viewModel = over(clinic());
        viewModel.usernameProperty().set("admin");
        viewModel.passwordProperty().set("not-the-password");
        viewModel.signIn();
        String wrongPassword = viewModel.messageProperty().get();

        viewModel.usernameProperty().set("nobody");
        viewModel.passwordProperty().set("admin-demo");
        viewModel.signIn();

        assertThat(wrongPassword).startsWith("The username or the password is not right.");
        assertThat(viewModel.messageProperty().get()).isEqualTo(wrongPassword);
        assertThat(loggedIn).isEmpty();
    }

    @Test
    void fiveFailuresShowTheLockMessage() {
        LoginViewModel viewModel = over(clinic());
        for (int i = 0; i < 5; i++) {
            viewModel.usernameProperty().set("admin");
            viewModel.passwordProperty().set("wrong-" + i);
            viewModel.signIn();
        }

        assertThat(viewModel.messageProperty().get()).startsWith("Too many failed attempts");
    }

    @Test
    void anEmptyFormAsksForBothFields() {
        LoginViewModel viewModel = over(clinic());

        viewModel.signIn();

        assertThat(viewModel.messageProperty().get())
                .isEqualTo("Please type your username and your password.");
    }

    @Test
    void aRealServerWithoutAdministratorCreatesTheFirstOneAndLogsIn() {
        health.set(StoreKind.POSTGRESQL, StoreState.CONNECTED);
        LoginViewModel viewModel = over(new FakeAuth());
        assertThat(viewModel.firstAdminProperty().get()).isTrue();
        assertThat(viewModel.passwordRule()).isEqualTo("A password needs 10 to 128 characters.");

        viewModel.usernameProperty().set("jefa");
        viewModel.passwordProperty().set("short");
        viewModel.passwordAgainProperty().set("short");
        viewModel.createFirstAdmin();
        assertThat(viewModel.messageProperty().get()).startsWith("A password needs 10");

        viewModel.passwordProperty().set("long-enough-1");
        viewModel.passwordAgainProperty().set("long-enough-2");
        viewModel.createFirstAdmin();
        assertThat(viewModel.messageProperty().get()).startsWith("The two passwords are not");

        viewModel.passwordProperty().set("long-enough-1");
        viewModel.passwordAgainProperty().set("long-enough-1");
        viewModel.createFirstAdmin();
        assertThat(loggedIn)
                .singleElement()
                .satisfies(
                        actor -> {
                            assertThat(actor.username()).isEqualTo("jefa");
                            assertThat(actor.role()).isEqualTo(Role.ADMIN);
                        });
    }
}
