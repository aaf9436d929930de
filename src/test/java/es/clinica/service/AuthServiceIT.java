package es.clinica.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import es.clinica.domain.Role;
import es.clinica.domain.SessionInfo;
import es.clinica.domain.StaffAccount;
import es.clinica.service.port.AuditAction;
import es.clinica.service.port.DemoAccounts;
import es.clinica.store.sql.SqlTransactions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AuthServiceIT {

    private final AuthStack stack = new AuthStack();

    @AfterEach
    void close() {
        stack.close();
    }

    private String refusal(String username, String password) {
        return catchThrowableOfType(
                        AccessDeniedException.class,
                        () -> stack.auth.login(username, password.toCharArray()))
                .messageKey();
    }

    @Test
    void loginIgnoresUsernameCaseAndOpensASessionWithTtl() {
        StaffAccount doctor = stack.account("dra.ruiz", Role.DOCTOR);

        SessionInfo session = stack.auth.login("DRA.Ruiz", AuthStack.PASSWORD.toCharArray());

        assertThat(session.token()).hasSizeGreaterThanOrEqualTo(22);
        assertThat(session.accountId()).isEqualTo(doctor.id());
        assertThat(stack.sessions.findByToken(session.token())).isPresent();
        assertThat(stack.sessions.timeToLive(session.token()))
                .hasValueSatisfying(
                        ttl ->
                                assertThat(ttl)
                                        .isBetween(Duration.ofMinutes(29), Duration.ofMinutes(30)));
        assertThat(stack.auth.currentActor())
                .hasValueSatisfying(a -> assertThat(a.doctorId()).isEqualTo(doctor.doctorId()));
        assertThat(actions()).contains(AuditAction.LOGIN);
    }

    @Test
    void wrongUsernameAndWrongPasswordGetTheSameMessage() {
        stack.account("recepcion1", Role.RECEPTION);

        String wrongUser = refusal("nadie", AuthStack.PASSWORD);
        String wrongPassword = refusal("recepcion1", "not-the-password");

        assertThat(wrongUser).isEqualTo("auth.invalidCredentials").isEqualTo(wrongPassword);
        assertThat(stack.current.get()).isEmpty();
        assertThat(actions()).containsExactly(AuditAction.LOGIN_FAILED, AuditAction.LOGIN_FAILED);
    }

    @Test
    void inactiveAccountCannotLogIn() {
        StaffAccount billing = stack.account("facturas", Role.BILLING);
        stack.accounts.setActive(billing.id(), false);

        assertThat(refusal("facturas", AuthStack.PASSWORD)).isEqualTo("auth.invalidCredentials");
    }

    @Test
    void fiveFailuresLockEvenTheRightPasswordUntilAnAdminUnlocks() {
        StaffAccount reception = stack.account("recepcion2", Role.RECEPTION);
        StaffAccount admin = stack.account("jefa", Role.ADMIN);
        for (int i = 0; i < 4; i++) {
            assertThat(refusal("recepcion2", "wrong-" + i)).isEqualTo("auth.invalidCredentials");
        }

        assertThat(refusal("recepcion2", "wrong-4")).isEqualTo("auth.locked");
        assertThat(refusal("Recepcion2", AuthStack.PASSWORD)).isEqualTo("auth.locked");
        assertThat(refusal("fantasma", "x1")).isEqualTo("auth.invalidCredentials");

        stack.loginAs(admin);
        stack.auth.unlock(reception.id());
        stack.auth.logout();

        stack.loginAs(reception);
        assertThat(stack.auth.currentActor())
                .hasValueSatisfying(a -> assertThat(a.role()).isEqualTo(Role.RECEPTION));
        assertThat(actions()).contains(AuditAction.LOGIN_LOCKED, AuditAction.ACCOUNT_UNLOCKED);
    }

    @Test
    void unknownNamesLockTheSameWaySoTheLockRevealsNothing() {
        for (int i = 0; i < 5; i++) {
            refusal("inexistente", "wrong-" + i);
        }

        assertThat(refusal("inexistente", "wrong")).isEqualTo("auth.locked");
    }

    @Test
    void logoutEndsTheSessionInRedis() {
        StaffAccount reception = stack.account("recepcion3", Role.RECEPTION);
        SessionInfo session = stack.auth.login("recepcion3", AuthStack.PASSWORD.toCharArray());

        stack.auth.logout();

        assertThat(stack.sessions.findByToken(session.token())).isEmpty();
        assertThat(stack.auth.currentActor()).isEmpty();
        assertThatThrownBy(() -> stack.access.require(Permission.PATIENT_READ))
                .hasMessage("session.expired");
        assertThat(reception.active()).isTrue();
    }

    @Test
    void adminResetsAPasswordAndCreatesAndDeactivatesAccounts() {
        StaffAccount admin = stack.account("jefe", Role.ADMIN);
        StaffAccount billing = stack.account("caja", Role.BILLING);
        stack.loginAs(admin);

        stack.auth.resetPassword(billing.id(), "una-clave-nueva".toCharArray());
        StaffAccount created =
                stack.auth.createAccount(
                        "mostrador",
                        "otra-clave-larga".toCharArray(),
                        Role.RECEPTION,
                        Optional.empty());
        stack.auth.deactivate(created.id());
        stack.auth.logout();

        assertThat(stack.auth.login("caja", "una-clave-nueva".toCharArray()).role())
                .isEqualTo("BILLING");
        assertThat(stack.accounts.findById(created.id()))
                .hasValueSatisfying(a -> assertThat(a.active()).isFalse());
        assertThat(actions())
                .contains(
                        AuditAction.PASSWORD_RESET,
                        AuditAction.ACCOUNT_CREATED,
                        AuditAction.ACCOUNT_DEACTIVATED);
    }

    @Test
    void weakPasswordAndLastAdminAreRefused() {
        StaffAccount admin = stack.account("unica", Role.ADMIN);
        stack.loginAs(admin);

        assertThatThrownBy(
                        () ->
                                stack.auth.createAccount(
                                        "corto",
                                        "short".toCharArray(),
                                        Role.BILLING,
                                        Optional.empty()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.field()).contains("password"))
                .hasMessage("account.password.weak");
        assertThatThrownBy(() -> stack.auth.deactivate(admin.id())).hasMessage("account.lastAdmin");
    }

    @Test
    void nonAdminCannotManageAccounts() {
        StaffAccount doctor = stack.account("dr.lopez", Role.DOCTOR);
        stack.loginAs(doctor);

        assertThatThrownBy(() -> stack.auth.unlock(doctor.id())).hasMessage("access.denied");
        assertThatThrownBy(() -> stack.auth.accounts()).hasMessage("access.denied");
        assertThat(actions()).contains(AuditAction.ACCESS_DENIED);
    }

    @Test
    void firstAdminIsCreatedOnlyWhileThereIsNone() {
        assertThat(stack.auth.needsFirstAdmin()).isTrue();

        stack.auth.createFirstAdmin("direccion", "primera-clave-1".toCharArray());

        assertThat(stack.auth.needsFirstAdmin()).isFalse();
        assertThatThrownBy(
                        () -> stack.auth.createFirstAdmin("otro", "segunda-clave-2".toCharArray()))
                .isInstanceOf(ConflictException.class)
                .hasMessage("account.firstAdmin.exists");
        assertThat(stack.auth.login("Direccion", "primera-clave-1".toCharArray()).role())
                .isEqualTo("ADMIN");
    }

    @Test
    void demoAccountsLogInWithTheirDemoPasswords() {
        stack.doctor();
        DemoAccounts.seed(
                new SqlTransactions(stack.sql), stack.accounts, stack.doctors, stack.hasher);

        for (DemoAccounts.DemoAccount demo : DemoAccounts.ACCOUNTS) {
            SessionInfo session = stack.auth.login(demo.username(), demo.password().toCharArray());
            assertThat(session.role()).isEqualTo(demo.role().name());
            stack.auth.logout();
        }
    }

    private List<AuditAction> actions() {
        return stack.auditedActions();
    }

    @Test
    void deactivatingAnAccountEndsItsOpenSessionsAtOnce() {
        StaffAccount admin = stack.account("gerente", Role.ADMIN);
        StaffAccount other = stack.account("subgerente", Role.ADMIN);
        AuthStack.Workstation desk = stack.otherWorkstation();
        SessionInfo open = desk.auth().login("subgerente", AuthStack.PASSWORD.toCharArray());
        int accountsBefore = stack.accounts.findAll().size();
        stack.loginAs(admin);

        stack.auth.deactivate(other.id());

        assertThat(stack.sessions.findByToken(open.token())).isEmpty();
        assertThatThrownBy(
                        () ->
                                desk.auth()
                                        .createAccount(
                                                "intrusa",
                                                "una-clave-larga".toCharArray(),
                                                Role.BILLING,
                                                Optional.empty()))
                .isInstanceOf(SessionExpiredException.class);
        assertThat(stack.accounts.findAll()).hasSize(accountsBefore);
        assertThat(desk.current().get()).isEmpty();
        assertThat(
                        catchThrowableOfType(
                                        AccessDeniedException.class,
                                        () ->
                                                desk.auth()
                                                        .login(
                                                                "subgerente",
                                                                AuthStack.PASSWORD.toCharArray()))
                                .messageKey())
                .isEqualTo("auth.invalidCredentials");
        assertThat(stack.auth.currentActor()).isPresent();
    }

    @Test
    void resettingAPasswordEndsTheAccountsSessionsButNotTheAdministratorsOwn() {
        StaffAccount admin = stack.account("jefa2", Role.ADMIN);
        StaffAccount reception = stack.account("mostrador2", Role.RECEPTION);
        AuthStack.Workstation desk = stack.otherWorkstation();
        desk.auth().login("mostrador2", AuthStack.PASSWORD.toCharArray());
        AuthStack.Workstation office = stack.otherWorkstation();
        office.auth().login("jefa2", AuthStack.PASSWORD.toCharArray());
        stack.loginAs(admin);

        stack.auth.resetPassword(reception.id(), "clave-de-mostrador".toCharArray());
        stack.auth.resetPassword(admin.id(), "clave-de-la-jefa".toCharArray());

        assertThat(desk.auth().currentActor()).isEmpty();
        assertThat(office.auth().currentActor()).isEmpty();
        assertThat(stack.auth.currentActor()).isPresent();
        assertThat(desk.auth().login("mostrador2", "clave-de-mostrador".toCharArray()).role())
                .isEqualTo("RECEPTION");
    }
}
