package es.clinica.ui.main;

import es.clinica.ui.i18n.Localization;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The main window's state: which screen is shown and in which language. */
public final class MainViewModel {

    private final Localization localization;
    private final Runnable exit;
    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(this, "screen");

    /**
     * @param exit closes the workstation (stops the stores, then the window)
     */
    public MainViewModel(Localization localization, Screen first, Runnable exit) {
        this.localization = localization;
        this.exit = exit;
        this.screen.set(Objects.requireNonNull(first));
    }

    /** The screen in the content area. */
    public ReadOnlyObjectProperty<Screen> screenProperty() {
        return screen;
    }

    public Screen screen() {
        return screen.get();
    }

    public void show(Screen next) {
        screen.set(Objects.requireNonNull(next));
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

    public void exit() {
        exit.run();
    }
}
