package es.clinica.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One code of the ICD-10-CM catalog.
 *
 * @param code the code as the official file writes it: upper case, without the dot (e.g. {@code
 *     H4010X0}); 3 to 7 characters, a letter first
 * @param description the official long description, never blank
 */
public record Icd10Code(String code, String description) {

    private static final Pattern CODE = Pattern.compile("[A-Z][0-9A-Z]{2,6}");

    public Icd10Code {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(description, "description");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("Not an ICD-10-CM code: " + code);
        }
        if (description.isBlank()) {
            throw new IllegalArgumentException("Blank description for " + code);
        }
    }

    /**
     * The code as people read and write it: a dot after the third character when there is more
     * ({@code A000} is {@code A00.0}, {@code H4010X0} is {@code H40.10X0}, {@code I5A} stays).
     */
    public String dottedCode() {
        return code.length() <= 3 ? code : code.substring(0, 3) + "." + code.substring(3);
    }
}
