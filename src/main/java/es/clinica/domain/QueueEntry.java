package es.clinica.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A checked-in appointment waiting in {@code cola_atencion} or being seen in a doctor's {@code
 * en_consulta:<doctorId>} list.
 *
 * <p>Its Redis form is {@code <appointmentId>|<checkedInEpochMillis>}, e.g. {@code
 * 42|1767261600000}: the panel can show the waiting time without asking PostgreSQL, and rebuilding
 * the queue from an appointment's id and {@code checked_in_at} gives byte-identical entries (the
 * instant is kept to the millisecond).
 *
 * @param appointmentId PostgreSQL appointment id; positive
 * @param checkedInAt when the patient checked in, truncated to milliseconds
 */
public record QueueEntry(long appointmentId, Instant checkedInAt) {

    private static final char SEPARATOR = '|';

    public QueueEntry {
        if (appointmentId <= 0) {
            throw new IllegalArgumentException("An appointment id is positive");
        }
        checkedInAt = Instant.ofEpochMilli(Objects.requireNonNull(checkedInAt).toEpochMilli());
    }

    /** The entry's Redis form. */
    public String encode() {
        return Long.toString(appointmentId) + SEPARATOR + checkedInAt.toEpochMilli();
    }

    /** The start every encoded entry of this appointment has, whatever its check-in time. */
    public static String prefixOf(long appointmentId) {
        return Long.toString(appointmentId) + SEPARATOR;
    }

    /**
     * Reads an entry's Redis form.
     *
     * @throws IllegalArgumentException when the text is not {@code <id>|<millis>}
     */
    public static QueueEntry decode(String encoded) {
        int separator = encoded == null ? -1 : encoded.indexOf(SEPARATOR);
        if (separator <= 0 || separator == encoded.length() - 1) {
            throw new IllegalArgumentException("Not a queue entry");
        }
        try {
            long id = Long.parseLong(encoded.substring(0, separator));
            long millis = Long.parseLong(encoded.substring(separator + 1));
            return new QueueEntry(id, Instant.ofEpochMilli(millis));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not a queue entry", e);
        }
    }
}
