package es.clinica.ui.main;

import es.clinica.domain.Role;
import es.clinica.service.Actor;
import es.clinica.service.Permission;
import es.clinica.service.RolePermissions;
import es.clinica.ui.i18n.Localization;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The main window's state: who is logged in, which screens their role uses, which screen is shown
 * and in which language.
 */
public final class MainViewModel {

    private final Localization localization;
    private final Actor actor;
    private final Runnable exit;
    private final Runnable logout;
    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(this, "screen");
    private final ReadOnlyStringWrapper user = new ReadOnlyStringWrapper(this, "user");

    /**
     * @param actor who is logged in; decides which screens are offered
     * @param first the screen to show first; the role's landing screen when the role cannot use it
     * @param exit closes the workstation (stops the stores, then the window)
     * @param logout ends the session and returns to the login screen
     */
    public MainViewModel(
            Localization localization, Actor actor, Screen first, Runnable exit, Runnable logout) {
        this.localization = localization;
        this.actor = Objects.requireNonNull(actor);
        this.exit = exit;
        this.logout = logout;
        Screen start = first.usableBy(actor.role()) ? first : Screen.landingFor(actor.role());
        this.screen.set(start);
        localization.messagesProperty().addListener((o, old, now) -> renderUser());
        renderUser();
    }

    /** The screen in the content area. */
    public ReadOnlyObjectProperty<Screen> screenProperty() {
        return screen;
    }

    public Screen screen() {
        return screen.get();
    }

    /** Shows a screen the role uses; a screen it does not use is ignored. */
    public void show(Screen next) {
        if (usable(next)) {
            screen.set(next);
        }
    }

    /** Whether the navigation offers this screen (cosmetic: the services check every call). */
    public boolean usable(Screen candidate) {
        return candidate.usableBy(actor.role());
    }

    /** Whether the role may import patients (File → Import FHIR…). */
    public boolean mayImport() {
        return RolePermissions.allows(actor.role(), Permission.DATA_IMPORT);
    }

    /** Who is logged in and as what, e.g. "admin · Administrator". */
    public ReadOnlyStringProperty userProperty() {
        return user.getReadOnlyProperty();
    }

    /** Whether the texts are in this language now (the window rebuilds its views on a switch). */
    public boolean speaks(Locale language) {
        return localization.locale().getLanguage().equals(language.getLanguage());
    }

    public void switchToSpanish() {
        localization.switchTo(Localization.SPANISH);
    }

    public void switchToEnglish() {
        localization.switchTo(Locale.ENGLISH);
    }

    public void logout() {
        logout.run();
    }

    public void exit() {
        exit.run();
    }

    private void renderUser() {
        user.set(
                localization.get(
                        "main.user", actor.username(), roleName(localization, actor.role())));
    }

    /** The localized name of a role ({@code role.<name>}). */
    public static String roleName(Localization localization, Role role) {
        return localization.get("role." + role.name().toLowerCase(Locale.ROOT));
    }
}
