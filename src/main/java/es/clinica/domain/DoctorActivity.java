package es.clinica.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * What a doctor did last, for the live panel.
 *
 * @param doctorId PostgreSQL doctor id
 * @param action a short code of what happened, e.g. {@code llamada} (called a patient), {@code
 *     nota} (saved a note), {@code disponible}; shown through the message bundle
 * @param patientId the patient concerned, when there is one
 * @param at when it happened
 */
public record DoctorActivity(long doctorId, String action, OptionalLong patientId, Instant at) {

    public DoctorActivity {
        if (action == null || action.isBlank()) {
            throw new IllegalArgumentException("An activity needs an action");
        }
        patientId = patientId == null ? OptionalLong.empty() : patientId;
        Objects.requireNonNull(at, "at");
    }
}
