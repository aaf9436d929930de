package es.clinica.service;

import static es.clinica.service.ClinicFixture.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import es.clinica.domain.Appointment;
import es.clinica.domain.LiveBoard;
import es.clinica.domain.QueueEntry;
import es.clinica.store.redis.RedisStore;
import es.clinica.store.sql.SqlStore;
import es.clinica.testsupport.OwnServers;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Redis restarted without its data, on a server this test owns: the workstation's watcher gives the
 * queue, the counter and the ranking back from PostgreSQL without anyone running rebuild-live.
 */
class LiveStateRecoveryIT {

    private final OwnServers servers = OwnServers.start();
    private final ClinicFixture clinic =
            new ClinicFixture(
                    SqlStore.open(servers.pgUrl(), "postgres", ""),
                    RedisStore.open(servers.redisUri(), ""));
    private final long doctor = clinic.doctor("Ana", "Ruiz", "LIC-100");
    private final AppointmentService reception = clinic.reception();
    private final LiveStateWatcher watcher =
            new LiveStateWatcher(clinic.rebuilder(), clinic.live, Duration.ofMillis(200));

    @AfterEach
    void stop() {
        watcher.close();
        clinic.close();
        servers.close();
    }

    @Test
    void redisRestartedEmptyGetsItsLiveStateBackByItself() {
        Appointment first = arrive("Eva", "10:00");
        Appointment second = arrive("Luis", "10:20");
        Appointment later =
                reception.book(request(clinic.patient("Rosa", "Gil", null), doctor, "11:00"));
        invoiceOneVisit();
        LiveBoard before = clinic.live.board(10);
        watcher.start();

        servers.stopRedis();
        Appointment arrivedDuringOutage = reception.checkIn(later.id());
        servers.startRedis();

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () ->
                                assertThat(clinic.live.board(10).queue())
                                        .extracting(QueueEntry::appointmentId)
                                        .containsExactly(
                                                first.id(), second.id(), arrivedDuringOutage.id()));
        LiveBoard after = clinic.live.board(10);
        assertThat(after.todaysAppointments()).isEqualTo(before.todaysAppointments()).isEqualTo(4);
        assertThat(after.ranking()).isEqualTo(before.ranking()).hasSize(1);
        assertThat(clinic.rebuilder().inconsistencies()).isEmpty();
    }

    private Appointment arrive(String given, String time) {
        Appointment booked =
                reception.book(request(clinic.patient(given, "Paciente", null), doctor, time));
        clinic.clock.advance(Duration.ofSeconds(1));
        return reception.checkIn(booked.id());
    }

    private void invoiceOneVisit() {
        clinic.catalog().create("T-A", "Consulta", new BigDecimal("35.00"), BigDecimal.ZERO);
        Appointment visit =
                reception.book(request(clinic.patient("Ana", "Pagadora", null), doctor, "18:00"));
        BillingService billing = clinic.billing();
        long invoice = billing.createFromAppointment(clinic.completeInSql(visit).id()).id();
        billing.addLine(invoice, "T-A", BigDecimal.ONE);
        billing.issue(invoice);
    }
}
