package es.clinica.domain;

import java.util.Objects;

/**
 * An identifier a patient carries in the system a record was imported from.
 *
 * @param system the URI of the identifier's namespace as the source writes it; empty when the
 *     source gave none
 * @param value the identifier within that system, never blank
 */
public record SourceIdentifier(String system, String value) {

    public SourceIdentifier {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("Blank identifier value");
        }
    }
}
