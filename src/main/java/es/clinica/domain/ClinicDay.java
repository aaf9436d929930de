package es.clinica.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The clinic's day boundaries, always in the clinic's zone, never the JVM's. */
public final class ClinicDay {

    private ClinicDay() {}

    /**
     * The first instant of the clinic's next day after {@code now}. On a day whose midnight does
     * not exist (a daylight-saving gap) it is the first instant that does.
     */
    public static Instant nextMidnight(Instant now, ZoneId zone) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        return today.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
