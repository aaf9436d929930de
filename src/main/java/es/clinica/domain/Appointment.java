package es.clinica.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A stored appointment with the time of each change of status.
 *
 * @param id PostgreSQL's id
 * @param patientId the patient
 * @param doctorId the doctor
 * @param startsAt the start
 * @param durationMinutes the length
 * @param reason may be empty
 * @param status where it is now
 * @param bookedAt when it was booked
 * @param checkedInAt when the patient arrived, if they did
 * @param consultationStartedAt when the doctor called the patient in
 * @param completedAt when the consultation ended
 * @param cancelledAt when it was cancelled
 * @param noShowAt when it was marked as a no-show
 */
public record Appointment(
        long id,
        long patientId,
        long doctorId,
        Instant startsAt,
        int durationMinutes,
        String reason,
        AppointmentStatus status,
        Instant bookedAt,
        Optional<Instant> checkedInAt,
        Optional<Instant> consultationStartedAt,
        Optional<Instant> completedAt,
        Optional<Instant> cancelledAt,
        Optional<Instant> noShowAt) {

    /** When it ends (exclusive). */
    public Instant endsAt() {
        return startsAt.plus(Duration.ofMinutes(durationMinutes));
    }
}
