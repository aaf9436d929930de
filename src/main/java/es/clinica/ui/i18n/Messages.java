package es.clinica.ui.i18n;

import es.clinica.service.ClinicaException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workstation's texts in one language, read from {@code es/clinica/i18n/messages}. English is
 * the base bundle; there is deliberately no fallback to the JVM's default locale, so asking for
 * English on a Spanish machine gives English.
 *
 * <p>A text with arguments is a {@link MessageFormat} pattern ({@code {0}}, and {@code ''} for an
 * apostrophe); a text without arguments is shown as written, which is also how FXML's {@code %key}
 * shows it.
 */
public final class Messages {

    /** The bundle's base name, for {@link ResourceBundle#getBundle}. */
    public static final String BUNDLE = "es.clinica.i18n.messages";

    private static final Logger LOGGER = LoggerFactory.getLogger(Messages.class);

    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** Reads the texts for a locale; a language without its own bundle gets English. */
    public static Messages load(Locale locale) {
        ResourceBundle.Control control =
                ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES);
        return new Messages(ResourceBundle.getBundle(BUNDLE, locale, control));
    }

    /** The bundle itself, for {@code FXMLLoader} and its {@code %key} texts. */
    public ResourceBundle bundle() {
        return bundle;
    }

    /** The language these texts are in (the bundle's own, {@link Locale#ROOT} for English). */
    public Locale locale() {
        return bundle.getLocale();
    }

    /**
     * The text of a key with its placeholders filled in; a missing key is logged and shown as the
     * key itself, so a forgotten text is visible instead of fatal.
     */
    public String get(String key, Object... arguments) {
        if (!bundle.containsKey(key)) {
            LOGGER.warn("No text for message key {} in {}", key, bundle.getBaseBundleName());
            return key;
        }
        String pattern = bundle.getString(key);
        if (arguments.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, formatLocale()).format(arguments);
    }

    /** The sentence an application exception carries, in this language. */
    public String format(ClinicaException exception) {
        return get(exception.messageKey(), exception.arguments().toArray());
    }

    private Locale formatLocale() {
        Locale own = bundle.getLocale();
        return own.getLanguage().isEmpty() ? Locale.ENGLISH : own;
    }
}
