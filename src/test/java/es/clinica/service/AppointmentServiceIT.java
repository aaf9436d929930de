package es.clinica.service;

import static es.clinica.service.ClinicFixture.DAY;
import static es.clinica.service.ClinicFixture.MADRID;
import static es.clinica.service.ClinicFixture.at;
import static es.clinica.service.ClinicFixture.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import es.clinica.domain.Appointment;
import es.clinica.domain.AppointmentStatus;
import es.clinica.domain.Doctor;
import es.clinica.domain.QueueEntry;
import es.clinica.domain.Role;
import es.clinica.store.redis.RedisStore;
import es.clinica.testsupport.TestStores;
import java.time.Duration;
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

class AppointmentServiceIT {

    private final ClinicFixture clinic = new ClinicFixture();
    private final long doctor = clinic.doctor("Ana", "Ruiz", "LIC-100");
    private final long otherDoctor = clinic.doctor("Pedro", "Sanz", "LIC-200");
    private final long maria = clinic.patient("María", "López", "García");
    private final long jose = clinic.patient("José", "O'Neill", null);
    private final AppointmentService reception = clinic.reception();

    @AfterEach
    void close() {
        clinic.close();
    }

    @Test
    void twoReceptionistsBookingTheSameSlotOneWinsTheOtherGetsTheConflict() throws Exception {
        List<Callable<Appointment>> bookings =
                List.of(
                        () -> reception.book(request(maria, doctor, "10:00")),
                        () -> reception.book(request(jose, doctor, "10:00")));

        List<Object> outcomes = runTogether(bookings);

        assertThat(outcomes).filteredOn(Appointment.class::isInstance).hasSize(1);
        assertThat(outcomes)
                .filteredOn(ConflictException.class::isInstance)
                .singleElement()
                .extracting(e -> ((ConflictException) e).messageKey())
                .isEqualTo("appointment.doctor.overlap");
        assertThat(clinic.appointments.findByDoctorOnDay(doctor, DAY, MADRID)).hasSize(1);
        assertThat(clinic.live.todaysAppointments()).hasValue(1);
    }

    @Test
    void twoDoctorsCallingAtOnceGetDifferentPatientsAndNobodyIsLost() throws Exception {
        List<Long> waiting = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long patient = clinic.patient("Paciente", "Cola" + (char) ('A' + i), null);
            Appointment booked =
                    reception.book(request(patient, i % 2 == 0 ? doctor : otherDoctor, slot(i)));
            reception.checkIn(booked.id());
            clinic.clock.advance(Duration.ofSeconds(30));
            waiting.add(booked.id());
        }
        AppointmentService first = clinic.appointmentsAs(Role.DOCTOR, doctor);
        AppointmentService second = clinic.appointmentsAs(Role.DOCTOR, otherDoctor);

        List<Object> called = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            called.addAll(runTogether(List.of(first::callNext, second::callNext)));
        }

        List<Long> calledIds = called.stream().map(a -> ((Appointment) a).id()).toList();
        assertThat(calledIds).containsExactlyInAnyOrderElementsOf(waiting);
        assertThat(clinic.queue.waiting()).isEmpty();
        assertThat(clinic.appointments.findInConsultation())
                .extracting(Appointment::id)
                .containsExactlyInAnyOrderElementsOf(waiting);
        assertThat(clinic.queue.inConsultation(doctor)).hasSize(3);
        assertThat(clinic.queue.inConsultation(otherDoctor)).hasSize(3);
        assertThatThrownBy(first::callNext)
                .isInstanceOf(ConflictException.class)
                .hasMessage("queue.empty");
    }

    @Test
    void callingNextOnAnEmptyQueueIsRefusedAndChangesNothing() {
        AppointmentService doctorService = clinic.appointmentsAs(Role.DOCTOR, doctor);

        assertThatThrownBy(doctorService::callNext)
                .isInstanceOf(ConflictException.class)
                .hasMessage("queue.empty");
        assertThat(clinic.queue.inConsultation(doctor)).isEmpty();
        assertThat(clinic.live.lastActivity(doctor)).isEmpty();
    }

    @Test
    void pastAppointmentIsRefusedWithNothingWrittenAnywhere() {
        assertThatThrownBy(() -> reception.book(request(maria, doctor, "09:00")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> {
                            assertThat(e.messageKey()).isEqualTo("appointment.startsAt.past");
                            assertThat(e.field()).contains("startsAt");
                        });

        assertThat(clinic.appointments.findOnDay(DAY, MADRID)).isEmpty();
        assertThat(clinic.live.todaysAppointments()).isEmpty();
    }

    @Test
    void overlappingAppointmentIsRefusedWithNothingMoreWritten() {
        reception.book(request(maria, doctor, "11:00"));

        assertThatThrownBy(
                        () ->
                                reception.book(
                                        new es.clinica.domain.AppointmentRequest(
                                                jose, doctor, at("11:10"), 20, "")))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> {
                            assertThat(e.messageKey()).isEqualTo("appointment.doctor.overlap");
                            assertThat(e.field()).contains("startsAt");
                        });
        assertThatThrownBy(() -> reception.book(request(maria, otherDoctor, "11:00")))
                .isInstanceOf(ConflictException.class)
                .hasMessage("appointment.patient.overlap");
        assertThat(clinic.appointments.findOnDay(DAY, MADRID)).hasSize(1);
        assertThat(clinic.live.todaysAppointments()).hasValue(1);
    }

    @Test
    void doctorsToBookWithAreTheActiveOnesOnly() {
        Doctor retired = clinic.doctors.findById(otherDoctor).orElseThrow();
        clinic.doctors.update(
                new Doctor(
                        retired.id(),
                        retired.name(),
                        retired.specialty(),
                        retired.licenceNumber(),
                        false));

        List<Doctor> bookable = reception.doctors();

        assertThat(bookable).extracting(Doctor::id).contains(doctor).doesNotContain(otherDoctor);
        assertThat(bookable).allMatch(Doctor::active);
    }

    @Test
    void freeSlotsLeaveOutPastAndBookedOnes() {
        reception.book(request(maria, doctor, "10:00"));

        List<TimeSlot> free = reception.freeSlots(doctor, DAY);

        assertThat(free).hasSize(15 + 9 - 2);
        assertThat(free.get(0).startsAt()).isEqualTo(at("09:20"));
        assertThat(free).extracting(TimeSlot::startsAt).doesNotContain(at("09:00"), at("10:00"));
        assertThat(free.get(free.size() - 1).endsAt()).isEqualTo(at("19:00"));
        assertThat(reception.freeSlots(otherDoctor, DAY)).hasSize(15 + 9 - 1);
    }

    @Test
    void checkInQueuesThePatientAndCancellingTakesThemOutOfQueueAndCount() {
        Appointment booked = reception.book(request(maria, doctor, "12:00"));
        Appointment arrived = reception.checkIn(booked.id());

        assertThat(clinic.queue.waiting())
                .containsExactly(new QueueEntry(booked.id(), arrived.checkedInAt().orElseThrow()));

        reception.cancel(booked.id());

        assertThat(clinic.appointments.findById(booked.id()).orElseThrow().status())
                .isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(clinic.queue.waiting()).isEmpty();
        assertThat(clinic.live.todaysAppointments()).hasValue(0);
    }

    @Test
    void aConsultationRunsFromCallToCompletionInBothStores() {
        Appointment booked = reception.book(request(maria, doctor, "12:00"));
        reception.checkIn(booked.id());
        AppointmentService doctorService = clinic.appointmentsAs(Role.DOCTOR, doctor);
        doctorService.setAvailable(true);

        Appointment called = doctorService.callNext();

        assertThat(called.status()).isEqualTo(AppointmentStatus.IN_CONSULTATION);
        assertThat(clinic.queue.inConsultation(doctor)).hasSize(1);
        assertThat(clinic.live.lastActivity(doctor).orElseThrow().action()).isEqualTo("llamada");
        assertThat(clinic.live.availableDoctors()).containsExactly(doctor);

        doctorService.complete(booked.id());

        assertThat(clinic.appointments.findById(booked.id()).orElseThrow().status())
                .isEqualTo(AppointmentStatus.COMPLETED);
        assertThat(clinic.queue.inConsultation(doctor)).isEmpty();
        assertThat(reception.todaysList())
                .singleElement()
                .satisfies(
                        v -> {
                            assertThat(v.patientName()).isEqualTo("María López García");
                            assertThat(v.doctorName()).isEqualTo("Ana Ruiz");
                        });
    }

    @Test
    void noShowLeavesTodaysCount() {
        Appointment booked = reception.book(request(jose, doctor, "13:00"));

        reception.markNoShow(booked.id());

        assertThat(clinic.appointments.findById(booked.id()).orElseThrow().status())
                .isEqualTo(AppointmentStatus.NO_SHOW);
        assertThat(clinic.live.todaysAppointments()).hasValue(0);
        assertThat(reception.freeSlots(doctor, DAY))
                .extracting(TimeSlot::startsAt)
                .contains(at("13:00"));
    }

    @Test
    void withRedisDownBookingAndCheckInStillSucceedInPostgresButCallingNextIsUnavailable() {
        RedisStore down = TestStores.get().freshRedis();
        try (ClinicFixture offline = new ClinicFixture(down)) {
            down.connection().close();
            long patient = offline.patient("Lucía", "Núñez", null);
            long medic = offline.doctor("Eva", "Gil", "LIC-300");
            AppointmentService desk = offline.reception();

            Appointment booked = desk.book(request(patient, medic, "10:00"));
            desk.checkIn(booked.id());

            assertThat(offline.appointments.findById(booked.id()).orElseThrow().status())
                    .isEqualTo(AppointmentStatus.CHECKED_IN);
            assertThatThrownBy(() -> offline.appointmentsAs(Role.DOCTOR, medic).callNext())
                    .isInstanceOf(UnavailableException.class)
                    .hasMessage("store.redis.unavailable");
            assertThat(offline.appointments.findById(booked.id()).orElseThrow().status())
                    .isEqualTo(AppointmentStatus.CHECKED_IN);
        }
    }

    private static String slot(int index) {
        return at("10:00")
                .plus(Duration.ofMinutes(20L * index))
                .atZone(MADRID)
                .toLocalTime()
                .toString();
    }

    private static <T> List<Object> runTogether(List<Callable<T>> tasks) throws Exception {
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
