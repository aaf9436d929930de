package es.clinica.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import es.clinica.domain.NationalId;
import es.clinica.domain.Patient;
import es.clinica.domain.PatientData;
import es.clinica.domain.PersonName;
import es.clinica.domain.Role;
import es.clinica.domain.Sex;
import es.clinica.domain.StaffAccount;
import es.clinica.ui.FakeAuth;
import es.clinica.ui.fx.Background;
import es.clinica.ui.i18n.Localization;
import java.time.Instant;
import java.time.LocalDate;
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
    void aPatientLineWritesTheBirthDateInTheScreensLanguage() {
        Patient patient =
                new Patient(
                        42,
                        PatientData.of(
                                NationalId.parse("48273619T"),
                                PersonName.of("María José", "Núñez", "Pérez"),
                                LocalDate.of(1980, 3, 15),
                                Sex.FEMALE,
                                "+34 600 123 456",
                                null),
                        Instant.EPOCH,
                        Instant.EPOCH);

        assertThat(viewModel.patientLine(patient)).contains("Mar 15, 1980").contains("42");
        localization.switchTo(Localization.SPANISH);
        assertThat(viewModel.patientLine(patient))
                .contains("fecha de nacimiento 15 mar 1980")
                .doesNotContain("1980-03-15");
    }

    @Test
    void withoutSelectionTheScreenSaysWhatToDo() {
        viewModel.unlockSelected();

        assertThat(viewModel.accountMessageProperty().get())
                .isEqualTo("Select an account in the table first.");
    }
}
