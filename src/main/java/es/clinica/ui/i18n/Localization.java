package es.clinica.ui.i18n;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The language the workstation speaks right now. Views are rebuilt from the bundle when it changes;
 * view models listen to {@link #messagesProperty()} to re-render the texts they compose. Touch it
 * on the JavaFX thread only (or, in tests, on one thread).
 */
public final class Localization {

    /** Spanish. */
    public static final Locale SPANISH = Locale.forLanguageTag("es");

    /** The languages the bundles are complete in; the first one a locale matches is used. */
    public static final List<Locale> SUPPORTED = List.of(SPANISH, Locale.ENGLISH);

    private final ReadOnlyObjectWrapper<Messages> messages;

    /** Starts in the supported language closest to {@code initial} (English if none is). */
    public Localization(Locale initial) {
        messages = new ReadOnlyObjectWrapper<>(this, "messages", Messages.load(supported(initial)));
    }

    /** The supported language for a locale: its language if the bundles have it, else English. */
    public static Locale supported(Locale locale) {
        return SUPPORTED.stream()
                .filter(candidate -> candidate.getLanguage().equals(locale.getLanguage()))
                .findFirst()
                .orElse(Locale.ENGLISH);
    }

    /** The current texts; changes when the user switches language. */
    public ReadOnlyObjectProperty<Messages> messagesProperty() {
        return messages.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages.get();
    }

    /** The current language, one of {@link #SUPPORTED}. */
    public Locale locale() {
        Locale own = messages.get().locale();
        return own.getLanguage().isEmpty() ? Locale.ENGLISH : own;
    }

    /** Switches to the supported language closest to {@code locale}; no-op if already there. */
    public void switchTo(Locale locale) {
        Locale target = supported(locale);
        if (!target.equals(locale())) {
            messages.set(Messages.load(target));
        }
    }

    /** Shortcut for {@code messages().get(key, arguments)}. */
    public String get(String key, Object... arguments) {
        return messages().get(key, arguments);
    }
}
