package es.clinica.domain;

import java.util.List;
import java.util.Optional;

/**
 * A postal address. The postal code is text (Spanish codes keep their leading zero) and, like every
 * other part, may be missing in imported records.
 */
public record Address(
        List<String> lines,
        Optional<String> city,
        Optional<String> postalCode,
        Optional<String> province,
        Optional<String> country) {

    public Address {
        lines = Texts.copy(lines);
        city = Texts.orEmpty(city);
        postalCode = Texts.orEmpty(postalCode);
        province = Texts.orEmpty(province);
        country = Texts.orEmpty(country);
    }
}
