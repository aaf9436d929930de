package es.clinica.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an appointment is in its day. The allowed moves are written here once:
 *
 * <pre>
 * BOOKED -> CHECKED_IN -> IN_CONSULTATION -> COMPLETED
 * BOOKED -> CANCELLED | NO_SHOW
 * CHECKED_IN -> CANCELLED (the patient leaves before being called)
 * </pre>
 */
public enum AppointmentStatus {
    BOOKED,
    CHECKED_IN,
    IN_CONSULTATION,
    COMPLETED,
    CANCELLED,
    NO_SHOW;

    /** Whether the appointment still holds its time slot (not cancelled, not a no-show). */
    public boolean isLive() {
        return this != CANCELLED && this != NO_SHOW;
    }

    /** Whether nothing can happen to it any more. */
    public boolean isFinal() {
        return this == COMPLETED || this == CANCELLED || this == NO_SHOW;
    }

    /** The statuses this one may move to. */
    public Set<AppointmentStatus> next() {
        switch (this) {
            case BOOKED:
                return EnumSet.of(CHECKED_IN, CANCELLED, NO_SHOW);
            case CHECKED_IN:
                return EnumSet.of(IN_CONSULTATION, CANCELLED);
            case IN_CONSULTATION:
                return EnumSet.of(COMPLETED);
            default:
                return EnumSet.noneOf(AppointmentStatus.class);
        }
    }

    /** Whether moving from this status to {@code target} is allowed. */
    public boolean canMoveTo(AppointmentStatus target) {
        return next().contains(target);
    }
}
