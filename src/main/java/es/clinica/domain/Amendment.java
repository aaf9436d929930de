package es.clinica.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A correction appended to a signed note, which is never changed itself.
 *
 * @param authorDoctorId the doctor who wrote the correction
 * @param at when it was written
 * @param text the correction; not blank
 */
public record Amendment(long authorDoctorId, Instant at, String text) {

    public Amendment {
        Objects.requireNonNull(at, "at");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("An amendment needs a text");
        }
    }
}
