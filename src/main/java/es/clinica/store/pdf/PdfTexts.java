package es.clinica.store.pdf;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/** The invoice's labels from the application's bundle, and its numbers in the reader's format. */
final class PdfTexts {

    private static final String BUNDLE = "es.clinica.i18n.messages";

    private final Locale locale;
    private final ResourceBundle bundle;
    private final DecimalFormat amount;
    private final DecimalFormat quantity;
    private final DecimalFormat rate;

    PdfTexts(Locale locale) {
        this.locale = locale;
        // Without the JVM's default locale as a fallback: English is the base bundle, not a missing
        // one.
        this.bundle =
                ResourceBundle.getBundle(
                        BUNDLE,
                        locale,
                        ResourceBundle.Control.getNoFallbackControl(
                                ResourceBundle.Control.FORMAT_PROPERTIES));
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        this.amount = new DecimalFormat("#,##0.00", symbols);
        this.quantity = new DecimalFormat("#,##0.###", symbols);
        this.rate = new DecimalFormat("0.##", symbols);
    }

    String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0
                ? pattern
                : new MessageFormat(pattern, locale).format(arguments);
    }

    String amount(BigDecimal value) {
        return amount.format(value);
    }

    String quantity(BigDecimal value) {
        return quantity.format(value);
    }

    String rate(BigDecimal value) {
        return rate.format(value) + " %";
    }

    String date(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
    }
}
