package es.clinica.service;

import static org.assertj.core.api.Assertions.assertThat;

import es.clinica.domain.Appointment;
import es.clinica.domain.AppointmentStatus;
import es.clinica.domain.CatalogItem;
import es.clinica.domain.Doctor;
import es.clinica.domain.PersonName;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ClinicHistoryTest {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static final LocalDate TUESDAY = LocalDate.of(2026, 3, 3);
    private static final List<Doctor> DOCTORS =
            List.of(
                    doctor(1, "Medicina familiar y comunitaria"),
                    doctor(2, "Cardiología"),
                    doctor(3, "Pediatría"));
    private static final Map<String, CatalogItem> CATALOG =
            Map.of(
                    "CONS-MG", item("CONS-MG", "45.00"),
                    "CONS-ESP", item("CONS-ESP", "70.00"),
                    "CONS-REV", item("CONS-REV", "35.00"));

    private static Doctor doctor(long id, String specialty) {
        return new Doctor(
                id, PersonName.of("Ana", "Pérez", null), specialty, "28000000" + id, true);
    }

    private static CatalogItem item(String code, String price) {
        return new CatalogItem(0, code, code, new BigDecimal(price), BigDecimal.ZERO, true);
    }

    private static ClinicHistory history(long seed, int patients) {
        long[] ids = LongStream.rangeClosed(1, patients).toArray();
        return new ClinicHistory(seed, ids, DOCTORS, CATALOG, ClinicHours.DEFAULT, MADRID);
    }

    @Test
    void sameSeedMakesTheSameDay() {
        assertThat(history(5, 1_000).day(TUESDAY)).isEqualTo(history(5, 1_000).day(TUESDAY));
        assertThat(history(6, 1_000).day(TUESDAY)).isNotEqualTo(history(5, 1_000).day(TUESDAY));
    }

    @Test
    void noDoctorAndNoPatientIsBookedTwiceInOneSlot() {
        List<ClinicHistory.Visit> visits = history(5, 3).day(TUESDAY);
        Set<String> doctorSlots = new HashSet<>();
        Set<String> patientSlots = new HashSet<>();

        for (ClinicHistory.Visit visit : visits) {
            Appointment a = visit.appointment();
            assertThat(doctorSlots.add(a.doctorId() + "@" + a.startsAt())).isTrue();
            assertThat(patientSlots.add(a.patientId() + "@" + a.startsAt())).isTrue();
        }
        assertThat(visits).hasSizeGreaterThan(20);
    }

    @Test
    void completedVisitsHaveASignedNoteAndTheOthersNone() {
        List<ClinicHistory.Visit> visits = history(9, 500).day(TUESDAY);

        assertThat(visits)
                .extracting(v -> v.appointment().status())
                .contains(AppointmentStatus.COMPLETED);
        for (ClinicHistory.Visit visit : visits) {
            boolean completed = visit.appointment().status() == AppointmentStatus.COMPLETED;
            assertThat(visit.note().isPresent()).isEqualTo(completed);
            visit.note()
                    .ifPresent(
                            note -> {
                                assertThat(note.signed()).isTrue();
                                assertThat(note.diagnoses()).isNotEmpty();
                            });
            if (!completed) {
                assertThat(visit.invoiceLines()).isEmpty();
            }
        }
    }

    @Test
    void theClinicIsClosedOnWeekendsAndHolidays() {
        assertThat(history(1, 100).day(LocalDate.of(2026, 3, 7))).isEmpty();
        assertThat(history(1, 100).day(LocalDate.of(2026, 12, 25))).isEmpty();
    }
}
