package es.clinica.service.port;

import es.clinica.domain.PatientProfile;

/**
 * Writes a patient's profile as the JSON text an outbox row carries, and reads it back. The text is
 * the MongoDB document itself in extended JSON, so the types (64-bit ids, dates) survive the trip.
 */
public interface ProfileCodec {

    /** The profile as JSON text; never {@code null}. */
    String toJson(PatientProfile profile);

    /**
     * Reads a profile written by {@link #toJson}.
     *
     * @throws es.clinica.service.InvalidInputException {@code outbox.payload.invalid} when the text
     *     is not such a profile
     */
    PatientProfile fromJson(String json);
}
