package es.clinica.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A postal address as an imported file gives it. The postal code is text (leading zeros, letters in
 * other countries) and, like every part here, may be missing.
 */
public record ImportedAddress(
        List<String> lines,
        Optional<String> city,
        Optional<String> state,
        Optional<String> postalCode,
        Optional<String> country) {

    public ImportedAddress {
        lines = List.copyOf(lines);
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(postalCode, "postalCode");
        Objects.requireNonNull(country, "country");
    }
}
