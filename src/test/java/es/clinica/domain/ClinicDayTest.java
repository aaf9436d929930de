package es.clinica.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ClinicDayTest {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    @Test
    void nextMidnightIsTheClinicsNotUtcs() {
        Instant lateEvening = Instant.parse("2026-01-15T22:30:00Z");

        assertThat(ClinicDay.nextMidnight(lateEvening, MADRID))
                .isEqualTo(Instant.parse("2026-01-15T23:00:00Z"));
    }

    @Test
    void justAfterMidnightTheNextOneIsADayAway() {
        Instant afterMidnight = Instant.parse("2026-07-01T22:00:01Z");

        assertThat(ClinicDay.nextMidnight(afterMidnight, MADRID))
                .isEqualTo(Instant.parse("2026-07-02T22:00:00Z"));
    }

    @Test
    void aMidnightInsideADaylightSavingGapIsTheFirstInstantThatExists() {
        ZoneId santiago = ZoneId.of("America/Santiago");
        Instant beforeGap = Instant.parse("2025-09-06T12:00:00Z");

        assertThat(ClinicDay.nextMidnight(beforeGap, santiago).atZone(santiago).toLocalTime())
                .hasToString("01:00");
    }
}
