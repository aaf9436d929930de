package es.clinica.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A request to book: who, with whom, when and why.
 *
 * @param patientId the patient's id
 * @param doctorId the doctor's id
 * @param startsAt the start, an instant (shown in the clinic's zone)
 * @param durationMinutes between 1 and {@link #MAX_MINUTES}
 * @param reason free text, may be empty, at most 500 characters
 */
public record AppointmentRequest(
        long patientId, long doctorId, Instant startsAt, int durationMinutes, String reason) {

    /** The longest appointment accepted: one working day. */
    public static final int MAX_MINUTES = 480;

    private static final int MAX_REASON = 500;

    public AppointmentRequest {
        if (startsAt == null) {
            throw new RuleViolation("appointment.startsAt.required", "startsAt");
        }
        if (durationMinutes <= 0 || durationMinutes > MAX_MINUTES) {
            throw new RuleViolation("appointment.duration.invalid", "durationMinutes", MAX_MINUTES);
        }
        reason = reason == null ? "" : reason.strip();
        if (reason.length() > MAX_REASON) {
            throw new RuleViolation("appointment.reason.tooLong", "reason", MAX_REASON);
        }
    }

    /** When it ends (exclusive). */
    public Instant endsAt() {
        return startsAt.plus(Duration.ofMinutes(durationMinutes));
    }

    /**
     * Refuses an appointment that starts before now.
     *
     * @return this, for chaining
     * @throws RuleViolation {@code appointment.startsAt.past}
     */
    public AppointmentRequest requireFuture(Clock clock) {
        if (startsAt.isBefore(clock.instant())) {
            throw new RuleViolation("appointment.startsAt.past", "startsAt");
        }
        return this;
    }
}
