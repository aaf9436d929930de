package es.clinica.store.sql;

import static es.clinica.store.sql.SqlFixtures.CLOCK;
import static es.clinica.store.sql.SqlFixtures.MADRID;
import static es.clinica.store.sql.SqlFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import es.clinica.domain.Appointment;
import es.clinica.domain.AppointmentStatus;
import es.clinica.service.ClinicaException;
import es.clinica.service.ConflictException;
import es.clinica.service.NotFoundException;
import es.clinica.testsupport.TestStores;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AppointmentRepositoryIT {

    private static final Instant NOW = CLOCK.instant();

    private final SqlStore store = TestStores.get().freshPostgres();
    private final SqlPatientRepository patients = new SqlPatientRepository(store, CLOCK);
    private final SqlDoctorRepository doctors = new SqlDoctorRepository(store);
    private final SqlAppointmentRepository appointments = new SqlAppointmentRepository(store);
    private final long patient = SqlFixtures.storedPatient(patients).id();
    private final long otherPatient = SqlFixtures.storedPatient(patients).id();
    private final long doctor = SqlFixtures.storedDoctor(doctors, "LIC-1").id();
    private final long otherDoctor = SqlFixtures.storedDoctor(doctors, "LIC-2").id();

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void overlappingAppointmentOfTheSameDoctorIsAConflict() {
        appointments.book(at(patient, doctor, "2026-03-02T09:00:00Z", 20), NOW);

        assertThatThrownBy(
                        () ->
                                appointments.book(
                                        at(otherPatient, doctor, "2026-03-02T09:10:00Z", 20), NOW))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> {
                            assertThat(e.messageKey()).isEqualTo("appointment.doctor.overlap");
                            assertThat(e.field()).contains("startsAt");
                        });
        Appointment adjacent =
                appointments.book(at(otherPatient, doctor, "2026-03-02T09:20:00Z", 20), NOW);
        assertThat(adjacent.status()).isEqualTo(AppointmentStatus.BOOKED);
    }

    @Test
    void overlappingAppointmentOfTheSamePatientIsAConflict() {
        appointments.book(at(patient, doctor, "2026-03-02T09:00:00Z", 30), NOW);

        assertThatThrownBy(
                        () ->
                                appointments.book(
                                        at(patient, otherDoctor, "2026-03-02T09:15:00Z", 15), NOW))
                .isInstanceOf(ConflictException.class)
                .hasMessage("appointment.patient.overlap");
    }

    @Test
    void cancelledAndNoShowAppointmentsDoNotBlockTheSlot() {
        Appointment first = appointments.book(at(patient, doctor, "2026-03-02T09:00:00Z", 30), NOW);
        appointments.changeStatus(first.id(), AppointmentStatus.CANCELLED, NOW);
        Appointment second =
                appointments.book(at(otherPatient, doctor, "2026-03-02T09:00:00Z", 30), NOW);
        appointments.changeStatus(second.id(), AppointmentStatus.NO_SHOW, NOW);

        Appointment third = appointments.book(at(patient, doctor, "2026-03-02T09:00:00Z", 30), NOW);

        assertThat(third.status()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(appointments.findById(first.id()).orElseThrow().cancelledAt()).contains(NOW);
    }

    @Test
    void unknownPatientIsNotFound() {
        assertThatThrownBy(
                        () ->
                                appointments.book(
                                        at(patient + 999, doctor, "2026-03-02T09:00:00Z", 10), NOW))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("patient.notFound");
    }

    @Test
    void twoThreadsBookingTheSameSlotOneWinsOneGetsTheConflict() throws Exception {
        List<Callable<Appointment>> bookings =
                List.of(
                        () ->
                                appointments.book(
                                        at(patient, doctor, "2026-03-02T10:00:00Z", 20), NOW),
                        () ->
                                appointments.book(
                                        at(otherPatient, doctor, "2026-03-02T10:00:00Z", 20), NOW));

        List<Object> outcomes = raceAll(bookings);

        assertThat(outcomes).filteredOn(o -> o instanceof Appointment).hasSize(1);
        assertThat(outcomes)
                .filteredOn(o -> o instanceof ConflictException)
                .singleElement()
                .extracting(o -> ((ClinicaException) o).messageKey())
                .isEqualTo("appointment.doctor.overlap");
        assertThat(appointments.findByDoctorOnDay(doctor, LocalDate.of(2026, 3, 2), MADRID))
                .hasSize(1);
    }

    @Test
    void statusMovesRecordTheirTimesAndIllegalMovesAreConflicts() {
        Appointment booked =
                appointments.book(at(patient, doctor, "2026-03-02T09:00:00Z", 15), NOW);
        Instant arrived = Instant.parse("2026-03-02T08:55:00Z");

        Appointment checkedIn =
                appointments.changeStatus(booked.id(), AppointmentStatus.CHECKED_IN, arrived);

        assertThat(checkedIn.checkedInAt()).contains(arrived);
        assertThatThrownBy(
                        () ->
                                appointments.changeStatus(
                                        booked.id(), AppointmentStatus.COMPLETED, NOW))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> {
                            assertThat(e.messageKey()).isEqualTo("appointment.status.illegal");
                            assertThat(e.arguments())
                                    .containsExactly(
                                            AppointmentStatus.CHECKED_IN,
                                            AppointmentStatus.COMPLETED);
                        });
        assertThatThrownBy(
                        () -> appointments.changeStatus(999_999, AppointmentStatus.CANCELLED, NOW))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void dayQueriesUseTheClinicZone() {
        // 23:30 UTC on 1 March is 00:30 on 2 March in Madrid.
        appointments.book(at(patient, doctor, "2026-03-01T23:30:00Z", 15), NOW);
        appointments.book(at(otherPatient, doctor, "2026-03-02T22:45:00Z", 15), NOW);
        Appointment otherDay =
                appointments.book(at(patient, otherDoctor, "2026-03-02T23:15:00Z", 15), NOW);
        Appointment cancelled =
                appointments.book(at(patient, otherDoctor, "2026-03-02T11:00:00Z", 15), NOW);
        appointments.changeStatus(cancelled.id(), AppointmentStatus.CANCELLED, NOW);
        LocalDate day = LocalDate.of(2026, 3, 2);

        assertThat(appointments.findByDoctorOnDay(doctor, day, MADRID))
                .extracting(Appointment::startsAt)
                .containsExactly(
                        Instant.parse("2026-03-01T23:30:00Z"),
                        Instant.parse("2026-03-02T22:45:00Z"));
        assertThat(appointments.findOnDay(day, MADRID)).hasSize(3);
        assertThat(appointments.countLiveOnDay(day, MADRID)).isEqualTo(2);
        assertThat(appointments.findOnDay(day.plusDays(1), MADRID))
                .extracting(Appointment::id)
                .containsExactly(otherDay.id());
    }

    @Test
    void checkedInAppointmentsComeInArrivalOrder() {
        Appointment early = appointments.book(at(patient, doctor, "2026-03-02T09:00:00Z", 15), NOW);
        Appointment late =
                appointments.book(at(otherPatient, doctor, "2026-03-02T09:15:00Z", 15), NOW);
        appointments.changeStatus(late.id(), AppointmentStatus.CHECKED_IN, NOW.plusSeconds(60));
        appointments.changeStatus(early.id(), AppointmentStatus.CHECKED_IN, NOW.plusSeconds(120));

        assertThat(appointments.findCheckedIn())
                .extracting(Appointment::id)
                .containsExactly(late.id(), early.id());

        appointments.changeStatus(
                late.id(), AppointmentStatus.IN_CONSULTATION, NOW.plusSeconds(180));
        assertThat(appointments.findCheckedIn())
                .extracting(Appointment::id)
                .containsExactly(early.id());
        assertThat(appointments.findInConsultation())
                .extracting(Appointment::id)
                .containsExactly(late.id());
        assertThat(appointments.findByPatient(patient))
                .extracting(Appointment::id)
                .containsExactly(early.id());
    }

    /** Runs every task at once from a shared start line; returns each result or exception. */
    static <T> List<Object> raceAll(List<Callable<T>> tasks) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(
                        pool.submit(
                                () -> {
                                    start.await();
                                    return task.call();
                                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<T> future : futures) {
                try {
                    outcomes.add(future.get());
                } catch (ExecutionException e) {
                    outcomes.add(e.getCause());
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
