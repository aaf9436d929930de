package es.clinica.store.sql;

import es.clinica.domain.AppointmentRequest;
import es.clinica.domain.Doctor;
import es.clinica.domain.NationalId;
import es.clinica.domain.Patient;
import es.clinica.domain.PatientData;
import es.clinica.domain.PersonName;
import es.clinica.domain.Sex;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;

/** Small builders shared by the PostgreSQL integration tests. */
final class SqlFixtures {

    static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), MADRID);

    private static final AtomicInteger NEXT_DNI = new AtomicInteger(10_000_000);

    private SqlFixtures() {}

    /** A valid DNI not used before in this JVM. */
    static NationalId freshDni() {
        int number = NEXT_DNI.incrementAndGet();
        return NationalId.parse(String.format("%08d%c", number, NationalId.dniLetter(number)));
    }

    static PatientData patient(String given, String first, String second) {
        return PatientData.of(
                freshDni(),
                PersonName.of(given, first, second),
                LocalDate.of(1980, 5, 17),
                Sex.FEMALE,
                "+34 600 12 34 56",
                null);
    }

    static Patient storedPatient(SqlPatientRepository patients) {
        return patients.create(patient("Lucía", "García", "Núñez"));
    }

    static Doctor storedDoctor(SqlDoctorRepository doctors, String licence) {
        return doctors.create(
                Doctor.create(PersonName.of("Ana", "Ruiz", null), "Pediatría", licence));
    }

    static AppointmentRequest at(long patientId, long doctorId, String startsAt, int minutes) {
        return new AppointmentRequest(
                patientId, doctorId, Instant.parse(startsAt), minutes, "Revisión");
    }
}
