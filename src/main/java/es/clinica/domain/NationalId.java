package es.clinica.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A validated identity document number, normalised to upper case without spaces, dots or hyphens.
 * Create it with {@link #of} or {@link #parse}; both refuse a wrong check letter.
 *
 * @param type the kind of document
 * @param value the normalised number, e.g. {@code 12345678Z}
 */
public record NationalId(NationalIdType type, String value) {

    private static final String LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";
    private static final Pattern DNI = Pattern.compile("\\d{8}[A-Z]");
    private static final Pattern NIE = Pattern.compile("[XYZ]\\d{7}[A-Z]");
    private static final Pattern PASSPORT = Pattern.compile("[A-Z0-9]{5,20}");
    private static final String FIELD = "nationalId";

    /** Use {@link #of} or {@link #parse}; this constructor checks the value again. */
    public NationalId {
        if (type == null || value == null || !value.equals(check(type, value))) {
            throw new RuleViolation("patient.nationalId.invalid", FIELD);
        }
    }

    /**
     * Validates {@code raw} as a document of the given type.
     *
     * @throws RuleViolation {@code patient.nationalId.invalid} for a wrong shape, {@code
     *     patient.nationalId.letter} for a wrong DNI/NIE check letter
     */
    public static NationalId of(NationalIdType type, String raw) {
        return new NationalId(type, check(type, normalise(raw)));
    }

    /**
     * Recognises the type from the shape: a leading X/Y/Z with 7 digits is a NIE, 8 digits and a
     * letter a DNI, anything else alphanumeric a passport.
     */
    public static NationalId parse(String raw) {
        String value = normalise(raw);
        if (NIE.matcher(value).matches()) {
            return of(NationalIdType.NIE, value);
        }
        if (DNI.matcher(value).matches()) {
            return of(NationalIdType.DNI, value);
        }
        return of(NationalIdType.PASSPORT, value);
    }

    /** Upper case without spaces, dots and hyphens; {@code null} becomes empty. */
    public static String normalise(String raw) {
        return raw == null ? "" : raw.replaceAll("[\\s.\\-]", "").toUpperCase(Locale.ROOT);
    }

    /** The check letter of a DNI number (0 to 99,999,999). */
    public static char dniLetter(int number) {
        return LETTERS.charAt(number % 23);
    }

    private static String check(NationalIdType type, String value) {
        switch (type) {
            case DNI:
                requireShape(DNI, value);
                requireLetter(value.substring(0, 8), value.charAt(8));
                return value;
            case NIE:
                requireShape(NIE, value);
                String digits = "XYZ".indexOf(value.charAt(0)) + value.substring(1, 8);
                requireLetter(digits, value.charAt(8));
                return value;
            default:
                requireShape(PASSPORT, value);
                return value;
        }
    }

    private static void requireShape(Pattern shape, String value) {
        if (!shape.matcher(value).matches()) {
            throw new RuleViolation("patient.nationalId.invalid", FIELD, value);
        }
    }

    private static void requireLetter(String digits, char letter) {
        char expected = dniLetter(Integer.parseInt(digits));
        if (letter != expected) {
            throw new RuleViolation("patient.nationalId.letter", FIELD, expected);
        }
    }
}
