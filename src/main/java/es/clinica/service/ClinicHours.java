package es.clinica.service;

import java.time.LocalTime;
import java.util.List;

/**
 * When the clinic sees patients and how long a slot is; free slots are cut from these periods.
 *
 * @param periods opening periods of a day, in the clinic's zone, start inclusive, end exclusive
 * @param slotMinutes the length of one slot, above zero
 */
public record ClinicHours(List<Period> periods, int slotMinutes) {

    /** Mornings 09:00–14:00 and afternoons 16:00–19:00, 20-minute slots. */
    public static final ClinicHours DEFAULT =
            new ClinicHours(
                    List.of(
                            new Period(LocalTime.of(9, 0), LocalTime.of(14, 0)),
                            new Period(LocalTime.of(16, 0), LocalTime.of(19, 0))),
                    20);

    public ClinicHours {
        periods = List.copyOf(periods);
        if (slotMinutes <= 0) {
            throw new IllegalArgumentException("A slot lasts at least one minute");
        }
    }

    /**
     * One opening period of the day.
     *
     * @param opens first minute a slot may start
     * @param closes the last slot ends at or before this time
     */
    public record Period(LocalTime opens, LocalTime closes) {

        public Period {
            if (!opens.isBefore(closes)) {
                throw new IllegalArgumentException("A period opens before it closes");
            }
        }
    }
}
