package es.clinica.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A diagnosis of a consultation note: an ICD-10 code and its label as shown to the doctor.
 *
 * @param code ICD-10 code such as {@code J06.9}; stored upper case
 * @param label the code's description, as typed or chosen
 */
public record Diagnosis(String code, String label) {

    private static final Pattern ICD10 = Pattern.compile("[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?");

    public Diagnosis {
        if (!isIcd10(code)) {
            throw new IllegalArgumentException("Not an ICD-10 code");
        }
        code = code.trim().toUpperCase(Locale.ROOT);
        label = Texts.orBlank(label);
    }

    /**
     * Whether the text has the shape of an ICD-10 code: a letter, two characters (digits, or a
     * digit and a letter as in the Spanish ICD-10-ES), then optionally a dot and one to four more.
     * Case and surrounding blanks are ignored. Says nothing about whether the code exists.
     */
    public static boolean isIcd10(String code) {
        return code != null && ICD10.matcher(code.trim().toUpperCase(Locale.ROOT)).matches();
    }
}
