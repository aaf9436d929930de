package es.clinica.ui.admin;

import es.clinica.domain.Patient;
import es.clinica.domain.Role;
import es.clinica.domain.StaffAccount;
import es.clinica.service.AuditService;
import es.clinica.service.AuthService;
import es.clinica.service.PatientService;
import es.clinica.service.port.AuditTrail;
import es.clinica.ui.fx.Background;
import es.clinica.ui.fx.Failure;
import es.clinica.ui.i18n.Localization;
import es.clinica.ui.main.MainViewModel;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The administrator's screen: staff accounts (create with a role and, for a doctor, the doctor it
 * acts as; deactivate; unlock; reset a password) and the accesses to one patient's record from the
 * audit trail.
 */
public final class AdminViewModel {

    /** How many patients a search lists. */
    static final int SEARCH_LIMIT = 50;

    private final AuthService auth;
    private final PatientService patients;
    private final AuditService audit;
    private final Background background;
    private final Localization localization;
    private final ZoneId zone;
    private final ObservableList<StaffAccount> accounts = FXCollections.observableArrayList();
    private final ObjectProperty<StaffAccount> selectedAccount =
            new SimpleObjectProperty<>(this, "selectedAccount");
    private final StringProperty newUsername = new SimpleStringProperty(this, "newUsername", "");
    private final StringProperty newPassword = new SimpleStringProperty(this, "newPassword", "");
    private final ObjectProperty<Role> newRole =
            new SimpleObjectProperty<>(this, "newRole", Role.RECEPTION);
    private final StringProperty newDoctorId = new SimpleStringProperty(this, "newDoctorId", "");
    private final StringProperty resetPassword =
            new SimpleStringProperty(this, "resetPassword", "");
    private final ReadOnlyStringWrapper accountMessage =
            new ReadOnlyStringWrapper(this, "accountMessage", "");
    private final StringProperty patientQuery = new SimpleStringProperty(this, "patientQuery", "");
    private final ObservableList<Patient> foundPatients = FXCollections.observableArrayList();
    private final ObservableList<Access> accesses = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper accessMessage =
            new ReadOnlyStringWrapper(this, "accessMessage", "");

    /** One row of the accesses table, already in the user's language. */
    public record Access(String when, String who, String what, String detail) {}

    /**
     * @param zone the clinic's zone, for the times of the accesses
     */
    public AdminViewModel(
            AuthService auth,
            PatientService patients,
            AuditService audit,
            Background background,
            Localization localization,
            ZoneId zone) {
        this.auth = auth;
        this.patients = patients;
        this.audit = audit;
        this.background = background;
        this.localization = localization;
        this.zone = zone;
    }

    /** Reloads the list of accounts. */
    public void refreshAccounts() {
        background.run(() -> auth.accounts(), this::showAccounts, this::accountFailure);
    }

    private void showAccounts(List<StaffAccount> found) {
        accounts.setAll(found);
    }

    /** Creates an account from the form; the form is emptied when it worked. */
    public void createAccount() {
        Optional<Long> doctor;
        try {
            doctor = doctorId();
        } catch (NumberFormatException e) {
            accountMessage.set(localization.get("admin.account.doctorId.invalid"));
            return;
        }
        String username = newUsername.get().strip();
        Role role = newRole.get();
        char[] password = newPassword.get().toCharArray();
        newPassword.set("");
        background.run(
                () -> created(auth.createAccount(username, password, role, doctor), password),
                this::accountCreated,
                this::accountFailure);
    }

    private StaffAccount created(StaffAccount account, char[] password) {
        Arrays.fill(password, '\0');
        return account;
    }

    private Optional<Long> doctorId() {
        String typed = newDoctorId.get().strip();
        return typed.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(typed));
    }

    private void accountCreated(StaffAccount account) {
        newUsername.set("");
        newDoctorId.set("");
        accountMessage.set(localization.get("admin.account.created", account.username()));
        refreshAccounts();
    }

    /** Stops the selected account from logging in. */
    public void deactivateSelected() {
        selected()
                .ifPresent(
                        account ->
                                accountAction(
                                        () -> auth.deactivate(account.id()),
                                        "admin.account.deactivated",
                                        account));
    }

    /** Lifts the selected account's lock after failed logins. */
    public void unlockSelected() {
        selected()
                .ifPresent(
                        account ->
                                accountAction(
                                        () -> auth.unlock(account.id()),
                                        "admin.account.unlocked",
                                        account));
    }

    /** Gives the selected account the password typed in the reset field. */
    public void resetSelectedPassword() {
        Optional<StaffAccount> account = selected();
        if (account.isEmpty()) {
            return;
        }
        char[] password = resetPassword.get().toCharArray();
        resetPassword.set("");
        accountAction(
                () -> {
                    auth.resetPassword(account.get().id(), password);
                    Arrays.fill(password, '\0');
                },
                "admin.account.passwordReset",
                account.get());
    }

    private void accountAction(Runnable call, String doneKey, StaffAccount account) {
        background.run(
                call,
                () -> {
                    accountMessage.set(localization.get(doneKey, account.username()));
                    refreshAccounts();
                },
                this::accountFailure);
    }

    private Optional<StaffAccount> selected() {
        Optional<StaffAccount> account = Optional.ofNullable(selectedAccount.get());
        if (account.isEmpty()) {
            accountMessage.set(localization.get("admin.account.noneSelected"));
        }
        return account;
    }

    private void accountFailure(Failure failure) {
        accountMessage.set(failure.message());
    }

    /** Finds patients by what was typed in the search field. */
    public void searchPatients() {
        String query = patientQuery.get().strip();
        if (query.isEmpty()) {
            return;
        }
        background.run(
                () -> patients.search(query, SEARCH_LIMIT),
                found -> {
                    foundPatients.setAll(found);
                    accessMessage.set(localization.get("admin.patients.found", found.size()));
                },
                failure -> accessMessage.set(failure.message()));
    }

    /** Lists who opened, signed or amended what in this patient's record. */
    public void showAccesses(Patient patient) {
        background.run(
                () -> audit.accessesToPatient(patient.id()),
                found -> {
                    accesses.setAll(found.stream().map(this::access).collect(Collectors.toList()));
                    accessMessage.set(
                            localization.get(
                                    "admin.accesses.count",
                                    found.size(),
                                    patient.data().name().display()));
                },
                failure -> accessMessage.set(failure.message()));
    }

    private Access access(AuditTrail.Entry entry) {
        AuditTrail.Event event = entry.event();
        DateTimeFormatter format =
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                        .withLocale(localization.locale())
                        .withZone(zone);
        return new Access(
                format.format(event.at()),
                event.actorUsername(),
                localization.get("audit.action." + event.action().name().toLowerCase(Locale.ROOT)),
                detailText(event.detail()));
    }

    /** A detail word the services write (e.g. {@code summary}) in the screen's language. */
    private String detailText(String detail) {
        String key = "audit.detail." + detail;
        return localization.messages().bundle().containsKey(key) ? localization.get(key) : detail;
    }

    /** The localized name of a role, for the table and the role picker. */
    public String roleName(Role role) {
        return MainViewModel.roleName(localization, role);
    }

    /** The roles an account can have, for the picker. */
    public List<Role> roles() {
        return List.of(Role.values());
    }

    /** One line per patient found: name, birth date and id. */
    public String patientLine(Patient patient) {
        return localization.get(
                "admin.patients.line",
                patient.data().name().display(),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(localization.locale())
                        .format(patient.data().dateOfBirth()),
                Long.toString(patient.id()));
    }

    public ObservableList<StaffAccount> accounts() {
        return accounts;
    }

    public ObjectProperty<StaffAccount> selectedAccountProperty() {
        return selectedAccount;
    }

    public StringProperty newUsernameProperty() {
        return newUsername;
    }

    public StringProperty newPasswordProperty() {
        return newPassword;
    }

    public ObjectProperty<Role> newRoleProperty() {
        return newRole;
    }

    /**
     * The doctor a new DOCTOR account acts as, by id. TODO: a picker of doctors by name once a
     * service lists doctors for administrators; no service offers that list yet.
     */
    public StringProperty newDoctorIdProperty() {
        return newDoctorId;
    }

    public StringProperty resetPasswordProperty() {
        return resetPassword;
    }

    /** What the last account action did, or why it was refused. */
    public ReadOnlyStringProperty accountMessageProperty() {
        return accountMessage.getReadOnlyProperty();
    }

    public StringProperty patientQueryProperty() {
        return patientQuery;
    }

    public ObservableList<Patient> foundPatients() {
        return foundPatients;
    }

    public ObservableList<Access> accesses() {
        return accesses;
    }

    /** How many patients or accesses were found, or why the search failed. */
    public ReadOnlyStringProperty accessMessageProperty() {
        return accessMessage.getReadOnlyProperty();
    }
}
