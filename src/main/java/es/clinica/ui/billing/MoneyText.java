package es.clinica.ui.billing;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.ParsePosition;
import java.util.Locale;
import java.util.Optional;

/** Amounts, rates and quantities as the billing screen shows and reads them, per language. */
final class MoneyText {

    private final DecimalFormat amount;
    private final DecimalFormat number;

    MoneyText(Locale locale) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        amount = new DecimalFormat("#,##0.00", symbols);
        number = new DecimalFormat("#,##0.###", symbols);
        number.setParseBigDecimal(true);
    }

    /** "1.234,50 €" / "1,234.50 €". */
    String euros(BigDecimal value) {
        return amount.format(value) + " €";
    }

    /** "21" / "10,5": a rate or a quantity without needless zeros. */
    String number(BigDecimal value) {
        return number.format(value);
    }

    /**
     * Reads a quantity as typed: the language's decimal separator, or a point, which every keypad
     * has. Empty when it is not a number; the money rule decides whether the number is allowed.
     */
    Optional<BigDecimal> parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.matches("[0-9]+(\\.[0-9]+)?")) {
            return Optional.of(new BigDecimal(text));
        }
        ParsePosition position = new ParsePosition(0);
        Number parsed = number.parse(text, position);
        if (parsed == null || position.getIndex() != text.length()) {
            return Optional.empty();
        }
        return Optional.of((BigDecimal) parsed);
    }
}
