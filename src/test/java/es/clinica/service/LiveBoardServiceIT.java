package es.clinica.service;

import static es.clinica.service.ClinicFixture.request;
import static org.assertj.core.api.Assertions.assertThat;

import es.clinica.domain.Appointment;
import es.clinica.domain.Role;
import es.clinica.store.redis.RedisStore;
import es.clinica.testsupport.TestStores;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LiveBoardServiceIT {

    private final ClinicFixture clinic = new ClinicFixture();
    private final long doctor = clinic.doctor("Ana", "Ruiz", "LIC-100");
    private final AppointmentService reception = clinic.reception();

    @AfterEach
    void close() {
        clinic.close();
    }

    @Test
    void boardShowsNamesAndWaitingTimesAndTheWaitingRoomOnlyShortNames() {
        long maria = clinic.patient("María Luisa", "López", "García");
        long jose = clinic.patient("José", "O'Neill", null);
        Appointment first = reception.book(request(maria, doctor, "10:00"));
        Appointment second = reception.book(request(jose, doctor, "10:20"));
        reception.checkIn(first.id());
        clinic.clock.advance(Duration.ofMinutes(5));
        reception.checkIn(second.id());
        AppointmentService doctorService = clinic.appointmentsAs(Role.DOCTOR, doctor);
        doctorService.setAvailable(true);
        doctorService.callNext();
        clinic.clock.advance(Duration.ofMinutes(7));

        LiveBoardDisplay board = clinic.liveBoard().board();
        WaitingRoomDisplay room = clinic.liveBoard().waitingRoom();

        assertThat(board.status()).isEqualTo(LiveBoardDisplay.Status.LIVE);
        assertThat(board.queue())
                .singleElement()
                .satisfies(
                        row -> {
                            assertThat(row.patientName()).isEqualTo("José O'Neill");
                            assertThat(row.doctorName()).isEqualTo("Ana Ruiz");
                        });
        assertThat(board.inConsultation())
                .singleElement()
                .satisfies(
                        row -> {
                            assertThat(row.patientName()).isEqualTo("María Luisa López García");
                            assertThat(row.doctorName()).isEqualTo("Ana Ruiz");
                        });
        assertThat(board.availableDoctors())
                .containsExactly(new LiveBoardDisplay.DoctorRow(doctor, "Ana Ruiz"));
        assertThat(board.todaysAppointments()).isEqualTo(2);
        assertThat(room.available()).isTrue();
        assertThat(room.calls())
                .containsExactly(new WaitingRoomDisplay.Call("María L. G.", "Ana Ruiz"));
        assertThat(room.waiting()).isEqualTo(1);
    }

    @Test
    void waitingTimeRunsFromCheckInByTheClock() {
        Appointment booked =
                reception.book(request(clinic.patient("Eva", "Gil", null), doctor, "10:00"));
        reception.checkIn(booked.id());
        clinic.clock.advance(Duration.ofMinutes(12));

        LiveBoardDisplay board = clinic.liveBoard().board();

        assertThat(board.queue().get(0).checkedInAt()).isEqualTo(ClinicFixture.at("09:10"));
        assertThat(board.queue().get(0).waiting()).isEqualTo(Duration.ofMinutes(12));
    }

    @Test
    void boardSaysUnavailableWhenRedisIsDownRatherThanAnEmptyQueue() {
        RedisStore down = TestStores.get().freshRedis();
        try (ClinicFixture offline = new ClinicFixture(down)) {
            down.connection().close();

            LiveBoardDisplay board = offline.liveBoard().board();

            assertThat(board.status()).isEqualTo(LiveBoardDisplay.Status.UNAVAILABLE);
            assertThat(offline.liveBoard().waitingRoom().available()).isFalse();
        }
    }
}
