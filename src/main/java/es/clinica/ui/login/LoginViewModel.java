package es.clinica.ui.login;

import es.clinica.domain.Role;
import es.clinica.domain.SessionInfo;
import es.clinica.service.Actor;
import es.clinica.service.AuthService;
import es.clinica.service.HealthService;
import es.clinica.service.StoreKind;
import es.clinica.service.StoreState;
import es.clinica.service.port.DemoAccounts;
import es.clinica.ui.fx.Background;
import es.clinica.ui.fx.Failure;
import es.clinica.ui.i18n.Localization;
import es.clinica.ui.main.MainViewModel;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The login screen: username and password, or, on real servers that have no administrator yet, the
 * creation of the first one. On the embedded default it shows the demo accounts. Hands the
 * logged-in {@link Actor} on; the window picks the role's landing screen.
 */
public final class LoginViewModel {

    private final AuthService auth;
    private final HealthService health;
    private final Background background;
    private final Localization localization;
    private final Consumer<Actor> onLoggedIn;
    private final StringProperty username = new SimpleStringProperty(this, "username", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final StringProperty passwordAgain =
            new SimpleStringProperty(this, "passwordAgain", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper demoAccounts = new ReadOnlyStringWrapper(this, "demo", "");
    private final ReadOnlyBooleanWrapper embedded = new ReadOnlyBooleanWrapper(this, "embedded");
    private final ReadOnlyBooleanWrapper firstAdmin =
            new ReadOnlyBooleanWrapper(this, "firstAdmin");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");

    /**
     * @param onLoggedIn receives who logged in, on the UI thread
     */
    public LoginViewModel(
            AuthService auth,
            HealthService health,
            Background background,
            Localization localization,
            Consumer<Actor> onLoggedIn) {
        this.auth = auth;
        this.health = health;
        this.background = background;
        this.localization = localization;
        this.onLoggedIn = onLoggedIn;
        localization.messagesProperty().addListener((o, old, now) -> renderDemoAccounts());
    }

    /**
     * Probes in the background whether PostgreSQL is the embedded one (then the demo accounts are
     * shown) and whether the first administrator must be created.
     */
    public void open() {
        background.run(this::situation, this::show, this::fail);
    }

    private Situation situation() {
        boolean local =
                health.check().stream()
                        .anyMatch(
                                probe ->
                                        probe.store() == StoreKind.POSTGRESQL
                                                && probe.state() == StoreState.EMBEDDED);
        return new Situation(local, auth.needsFirstAdmin());
    }

    private void show(Situation found) {
        embedded.set(found.embedded());
        firstAdmin.set(found.needsFirstAdmin());
        renderDemoAccounts();
    }

    /** Logs in with what was typed; the password is cleared whatever happens. */
    public void signIn() {
        if (busy.get()) {
            return;
        }
        String name = username.get().strip();
        char[] typed = takePassword();
        if (name.isEmpty() || typed.length == 0) {
            message.set(localization.get("login.missing"));
            return;
        }
        call(() -> loginAs(name, typed));
    }

    /** Creates the first administrator with what was typed, then logs in as it. */
    public void createFirstAdmin() {
        if (busy.get()) {
            return;
        }
        String name = username.get().strip();
        boolean same = password.get().equals(passwordAgain.get());
        char[] typed = takePassword();
        if (!same) {
            message.set(localization.get("login.firstAdmin.mismatch"));
            return;
        }
        call(
                () -> {
                    auth.createFirstAdmin(name, typed);
                    return loginAs(name, typed);
                });
    }

    private void call(Supplier<Actor> work) {
        busy.set(true);
        message.set("");
        background.run(work, this::loggedIn, this::fail);
    }

    private Actor loginAs(String name, char[] typed) {
        try {
            return actorOf(auth.login(name, typed));
        } finally {
            Arrays.fill(typed, '\0');
        }
    }

    private void loggedIn(Actor actor) {
        busy.set(false);
        onLoggedIn.accept(actor);
    }

    private void fail(Failure failure) {
        busy.set(false);
        message.set(failure.message());
    }

    private char[] takePassword() {
        char[] typed = password.get().toCharArray();
        password.set("");
        passwordAgain.set("");
        return typed;
    }

    private void renderDemoAccounts() {
        demoAccounts.set(
                DemoAccounts.ACCOUNTS.stream()
                        .map(
                                demo ->
                                        localization.get(
                                                "login.demo.account",
                                                demo.username(),
                                                demo.password(),
                                                MainViewModel.roleName(localization, demo.role())))
                        .collect(Collectors.joining("\n")));
    }

    /** The actor a new session stands for. */
    static Actor actorOf(SessionInfo session) {
        Optional<Long> doctor =
                session.doctorId().isPresent()
                        ? Optional.of(session.doctorId().getAsLong())
                        : Optional.empty();
        return new Actor(
                session.accountId(), session.username(), Role.valueOf(session.role()), doctor);
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** The repeated password, for the first administrator only. */
    public StringProperty passwordAgainProperty() {
        return passwordAgain;
    }

    /** Why the last attempt failed; empty otherwise. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** One line per demo account (username, password, role); shown only when embedded. */
    public ReadOnlyStringProperty demoAccountsProperty() {
        return demoAccounts.getReadOnlyProperty();
    }

    /** Whether PostgreSQL is the embedded default (so the demo accounts exist). */
    public ReadOnlyBooleanProperty embeddedProperty() {
        return embedded.getReadOnlyProperty();
    }

    /** Whether this is a real server without an administrator: the screen creates the first. */
    public ReadOnlyBooleanProperty firstAdminProperty() {
        return firstAdmin.getReadOnlyProperty();
    }

    /** The password rule, e.g. "10 to 128 characters". */
    public String passwordRule() {
        return localization.get(
                "login.firstAdmin.rule", AuthService.MIN_PASSWORD, AuthService.MAX_PASSWORD);
    }

    /** A call is running: the buttons wait. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    private record Situation(boolean embedded, boolean needsFirstAdmin) {}
}
