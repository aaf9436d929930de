package es.clinica.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import es.clinica.domain.Role;
import es.clinica.domain.StaffAccount;
import es.clinica.ui.FakeAuth;
import es.clinica.ui.fx.Background;
import es.clinica.ui.i18n.Localization;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AdminViewModelTest {

    private final Localization localization = new Localization(Locale.ENGLISH);
    private final FakeAuth fake =
            new FakeAuth()
                    .withAccount("admin", Role.ADMIN)
                    .withAccount("recepcion", Role.RECEPTION)
                    .loggedInAs("admin");
    private final AdminViewModel viewModel =
            new AdminViewModel(
                    fake.auth(),
                    null,
                    fake.audit(),
                    Background.inline(localization),
                    localization,
                    ZoneId.of("Europe/Madrid"));

    private StaffAccount account(String username) {
        return viewModel.accounts().stream()
                .filter(a -> a.username().equals(username))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theAccountsAreListedByUsername() {
        viewModel.refreshAccounts();

        assertThat(viewModel.accounts())
                .extracting(StaffAccount::username)
                .containsExactly("admin", "recepcion");
        assertThat(viewModel.roleName(Role.ADMIN)).isEqualTo("Administrator");
    }

    @Test
    void creatingAnAccountListsItAndEmptiesTheForm() {
        viewModel.newUsernameProperty().set("lucia");
        viewModel.newPasswordProperty().set("a-good-password");
        viewModel.newRoleProperty().set(Role.BILLING);

        viewModel.createAccount();

        assertThat(account("lucia").role()).isEqualTo(Role.BILLING);
        assertThat(viewModel.accountMessageProperty().get()).isEqualTo("Account lucia created.");
        assertThat(viewModel.newUsernameProperty().get()).isEmpty();
        assertThat(viewModel.newPasswordProperty().get()).isEmpty();
    }

    @Test
    void aDoctorAccountWithoutDoctorIsRefusedWithTheServiceMessage() {
        viewModel.newUsernameProperty().set("doctora");
        viewModel.newPasswordProperty().set("a-good-password");
        viewModel.newRoleProperty().set(Role.DOCTOR);

        viewModel.createAccount();

        assertThat(viewModel.accountMessageProperty().get())
                .isEqualTo("A doctor account must be linked to a doctor.");
        viewModel.newDoctorIdProperty().set("tres");
        viewModel.createAccount();
        assertThat(viewModel.accountMessageProperty().get())
                .isEqualTo("The doctor id is a number.");
    }

    @Test
    void deactivatingResettingAndUnlockingTheSelectedAccount() {
        viewModel.refreshAccounts();
        viewModel.selectedAccountProperty().set(account("recepcion"));

        viewModel.deactivateSelected();
        assertThat(account("recepcion").active()).isFalse();

        viewModel.selectedAccountProperty().set(account("recepcion"));
        viewModel.resetPasswordProperty().set("another-good-one");
        viewModel.resetSelectedPassword();
        assertThat(viewModel.accountMessageProperty().get())
                .isEqualTo("The password of recepcion was changed.");
        assertThat(viewModel.resetPasswordProperty().get()).isEmpty();

        viewModel.unlockSelected();
        assertThat(viewModel.accountMessageProperty().get())
                .isEqualTo("Account recepcion unlocked.");
    }

    @Test
    void theLastAdministratorCannotBeDeactivated() {
        viewModel.refreshAccounts();
        viewModel.selectedAccountProperty().set(account("admin"));

        viewModel.deactivateSelected();

        assertThat(viewModel.accountMessageProperty().get())
                .startsWith("The last active administrator cannot be deactivated.");
        assertThat(account("admin").active()).isTrue();
    }

    @Test
    void withoutSelectionTheScreenSaysWhatToDo() {
        viewModel.unlockSelected();

        assertThat(viewModel.accountMessageProperty().get())
                .isEqualTo("Select an account in the table first.");
    }
}
