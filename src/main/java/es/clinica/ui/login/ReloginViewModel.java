package es.clinica.ui.login;

import es.clinica.service.AuthService;
import es.clinica.ui.fx.Background;
import es.clinica.ui.fx.Failure;
import es.clinica.ui.fx.SessionExpiredHandler;
import es.clinica.ui.i18n.Localization;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The password dialog shown over the current screen when the session expired. Every call refused
 * meanwhile waits here; after the same user logs in again they all run again by themselves (an
 * expired session never did any of their work, so nothing happens twice), and the screen, with what
 * was typed on it, carries on. Logging out instead hands them the {@code session.expired} failure
 * and returns to the login screen.
 */
public final class ReloginViewModel implements SessionExpiredHandler {

    private final AuthService auth;
    private final Background background;
    private final Localization localization;
    private final Runnable toLoginScreen;
    private final List<Runnable> retries = new ArrayList<>();
    private final List<Runnable> giveUps = new ArrayList<>();
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final ReadOnlyStringWrapper username = new ReadOnlyStringWrapper(this, "username", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper asking = new ReadOnlyBooleanWrapper(this, "asking");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    /**
     * @param toLoginScreen shows the login screen after the user chose to log out
     */
    public ReloginViewModel(
            AuthService auth,
            Background background,
            Localization localization,
            Runnable toLoginScreen) {
        this.auth = auth;
        this.background = background;
        this.localization = localization;
        this.toLoginScreen = toLoginScreen;
    }

    /** Who is logged in now; the dialog asks for this user's password only. */
    public void loggedIn(String user) {
        username.set(user);
    }

    /**
     * Nobody is logged in on this window any more (the user logged out): a call refused from now
     * on, e.g. one a screen started just before, simply fails instead of asking for a password over
     * the login screen.
     */
    public void loggedOut() {
        username.set("");
    }

    @Override
    public void sessionExpired(Runnable retry, Runnable giveUp) {
        if (username.get().isEmpty()) {
            giveUp.run();
            return;
        }
        retries.add(retry);
        giveUps.add(giveUp);
        if (!asking.get()) {
            message.set(localization.get("session.expired"));
            asking.set(true);
        }
    }

    /** Logs the same user in again, then runs the waiting calls again. */
    public void signIn() {
        if (busy.get()) {
            return;
        }
        char[] typed = password.get().toCharArray();
        password.set("");
        busy.set(true);
        background.run(() -> login(typed), this::resume, this::fail);
    }

    private void login(char[] typed) {
        try {
            auth.login(username.get(), typed);
        } finally {
            Arrays.fill(typed, '\0');
        }
    }

    private void resume() {
        busy.set(false);
        message.set("");
        asking.set(false);
        List<Runnable> waiting = List.copyOf(retries);
        clear();
        waiting.forEach(Runnable::run);
    }

    private void fail(Failure failure) {
        busy.set(false);
        message.set(failure.message());
    }

    /** Gives up: the waiting calls fail with {@code session.expired}; back to the login screen. */
    public void logout() {
        asking.set(false);
        password.set("");
        List<Runnable> waiting = List.copyOf(giveUps);
        clear();
        loggedOut();
        waiting.forEach(Runnable::run);
        toLoginScreen.run();
    }

    private void clear() {
        retries.clear();
        giveUps.clear();
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyStringProperty usernameProperty() {
        return username.getReadOnlyProperty();
    }

    /** What the dialog says: the session ended, or why the password was refused. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether the dialog is up. */
    public ReadOnlyBooleanProperty askingProperty() {
        return asking.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
