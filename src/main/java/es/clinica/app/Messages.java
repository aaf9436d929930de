package es.clinica.app;

import es.clinica.service.ClinicaException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The sentences of the {@code messages} bundle in one language, for the command line. */
public final class Messages {

    private static final String BUNDLE = "es.clinica.i18n.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The bundle for this locale; English when the locale has none (never the JVM's default). */
    public static Messages forLocale(Locale locale) {
        ResourceBundle.Control noDefault =
                ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES);
        return new Messages(ResourceBundle.getBundle(BUNDLE, locale, noDefault), locale);
    }

    /**
     * The sentence for {@code key} with its placeholders filled in; a text without arguments is
     * shown as written (the bundles' rule: only texts with arguments double their apostrophes).
     */
    public String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        if (arguments.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, locale).format(arguments);
    }

    /** The user's sentence for an application exception. */
    public String of(ClinicaException failure) {
        return get(failure.messageKey(), failure.arguments().toArray());
    }
}
