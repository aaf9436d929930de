package es.clinica.domain;

import java.util.List;
import java.util.Optional;

/** Null-tolerant normalisation shared by the document records' compact constructors. */
final class Texts {

    private Texts() {}

    static <T> Optional<T> orEmpty(Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }

    static <T> List<T> copy(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    static String orBlank(String value) {
        return value == null ? "" : value;
    }
}
