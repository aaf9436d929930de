package es.clinica.ui.consultation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A note this workstation's journal holds but nobody signed, e.g. after a crash or while MongoDB
 * was down: shown when the consultation screen opens, to be reopened or discarded.
 *
 * @param patientName the patient's name; empty when it could not be read
 * @param journaledAt when the workstation last wrote it
 */
public record PendingNote(
        long appointmentId, long patientId, Optional<String> patientName, Instant journaledAt) {

    public PendingNote {
        Objects.requireNonNull(patientName, "patientName");
        Objects.requireNonNull(journaledAt, "journaledAt");
    }
}
