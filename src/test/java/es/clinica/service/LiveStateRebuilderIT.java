package es.clinica.service;

import static es.clinica.service.ClinicFixture.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import es.clinica.app.Messages;
import es.clinica.domain.Appointment;
import es.clinica.domain.LiveBoard;
import es.clinica.domain.QueueEntry;
import es.clinica.domain.Role;
import es.clinica.service.LiveStateRebuilder.Inconsistency;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LiveStateRebuilderIT {

    private final ClinicFixture clinic = new ClinicFixture();
    private final long doctor = clinic.doctor("Ana", "Ruiz", "LIC-100");
    private final long otherDoctor = clinic.doctor("Pedro", "Sanz", "LIC-200");
    private final AppointmentService reception = clinic.reception();
    private final LiveStateRebuilder rebuilder = clinic.rebuilder();

    @AfterEach
    void close() {
        clinic.close();
    }

    @Test
    void flushOfTheLiveKeysThenRebuildGivesBackTheSameQueueCounterAndRanking() {
        busyMorning();
        LiveBoard before = clinic.live.board(10);
        List<String> rawQueue = rawQueue();

        clinic.flushRedisPrefix();
        assertThat(clinic.live.todaysAppointments()).isEmpty();
        rebuilder.rebuild();

        LiveBoard after = clinic.live.board(10);
        assertThat(rawQueue()).isEqualTo(rawQueue).hasSize(3);
        assertThat(after.queue()).isEqualTo(before.queue());
        assertThat(after.inConsultation()).isEqualTo(before.inConsultation()).hasSize(1);
        assertThat(after.todaysAppointments()).isEqualTo(before.todaysAppointments()).isEqualTo(6);
        assertThat(after.ranking()).isEqualTo(before.ranking()).hasSize(2);
        assertThat(rebuilder.inconsistencies()).isEmpty();
    }

    @Test
    void startUpRebuildsOnlyWhenTodaysCountIsMissing() {
        reception.book(request(clinic.patient("Eva", "Gil", null), doctor, "12:00"));
        clinic.live.setTodaysAppointments(7);

        assertThat(rebuilder.rebuildIfMissing()).isFalse();
        assertThat(clinic.live.todaysAppointments()).hasValue(7);

        clinic.flushRedisPrefix();
        assertThat(rebuilder.rebuildIfMissing()).isTrue();
        assertThat(clinic.live.todaysAppointments()).hasValue(1);
    }

    @Test
    void checkFindsQueueEntriesAndACounterThatDisagreeWithPostgres() {
        Appointment booked =
                reception.book(request(clinic.patient("Eva", "Gil", null), doctor, "12:00"));
        Appointment arrived =
                reception.checkIn(
                        reception
                                .book(
                                        request(
                                                clinic.patient("Luis", "Mora", null),
                                                doctor,
                                                "12:20"))
                                .id());
        clinic.queue.remove(arrived.id());
        clinic.queue.join(new QueueEntry(booked.id(), clinic.clock.instant()));
        clinic.live.setTodaysAppointments(9);

        List<LiveStateRebuilder.Inconsistency> found = rebuilder.inconsistencies();

        assertThat(found)
                .extracting(LiveStateRebuilder.Inconsistency::messageKey)
                .containsExactlyInAnyOrder(
                        "check.live.queue.notCheckedIn",
                        "check.live.queue.missing",
                        "check.live.counter.differs");
        assertThat(found)
                .filteredOn(i -> i.messageKey().equals("check.live.queue.notCheckedIn"))
                .singleElement()
                .extracting(LiveStateRebuilder.Inconsistency::arguments)
                .isEqualTo(List.of(booked.id(), "BOOKED"));
        assertThat(found)
                .filteredOn(i -> i.messageKey().equals("check.live.counter.differs"))
                .singleElement()
                .extracting(LiveStateRebuilder.Inconsistency::arguments)
                .isEqualTo(List.of("9", 2L));
    }

    @Test
    void checkCountsUnreadableQueueEntriesAndNamesAnAppointmentThatDoesNotExist() {
        clinic.rebuilder().rebuild();
        clinic.redis.commands().rpush(clinic.redis.key("cola_atencion"), "garbage", "12|x");
        clinic.queue.join(new QueueEntry(999_999, clinic.clock.instant()));

        List<LiveStateRebuilder.Inconsistency> found = rebuilder.inconsistencies();

        assertThat(found)
                .containsExactlyInAnyOrder(
                        new LiveStateRebuilder.Inconsistency(
                                "check.live.queue.malformed", List.of(2L)),
                        new LiveStateRebuilder.Inconsistency(
                                "check.live.queue.unknown", List.of(999_999L)));
        assertThat(Messages.forLocale(Locale.ENGLISH).get("check.live.queue.unknown", 999_999L))
                .isEqualTo(
                        "cola_atencion holds appointment 999999, which does not exist in"
                                + " PostgreSQL. Run rebuild-live.");
    }

    /** Six appointments today: three waiting in a known order, one in consultation, one billed. */
    @Test
    void checkFindsARankingThatLostOrGainedAnInvoicedQuantity() {
        busyMorning();
        assertThat(rebuilder.inconsistencies()).isEmpty();

        clinic.live.addToRanking("T-B", BigDecimal.ONE.negate());
        clinic.live.addToRanking("T-X", BigDecimal.ONE);

        assertThat(rebuilder.inconsistencies())
                .extracting(Inconsistency::messageKey, Inconsistency::arguments)
                .containsExactlyInAnyOrder(
                        tuple("check.live.ranking.differs", List.of("T-B", "1.5", "2.5")),
                        tuple("check.live.ranking.differs", List.of("T-X", "1", "0")));
        rebuilder.rebuild();
        assertThat(rebuilder.inconsistencies()).isEmpty();
    }

    private void busyMorning() {
        BillingService billing = clinic.billing();
        clinic.catalog().create("T-A", "Consulta", new BigDecimal("35.00"), BigDecimal.ZERO);
        clinic.catalog()
                .create("T-B", "Certificado", new BigDecimal("20.00"), new BigDecimal("21"));
        String[] times = {"10:00", "10:20", "10:40", "11:00", "11:20"};
        for (int i = 0; i < times.length; i++) {
            long patient = clinic.patient("Paciente", "Número" + i, null);
            Appointment booked =
                    reception.book(
                            request(
                                    patient,
                                    i == 0 ? otherDoctor : doctor,
                                    times[times.length - 1 - i]));
            if (i < 4) {
                reception.checkIn(booked.id());
                clinic.clock.advance(Duration.ofMillis(1_234));
            }
        }
        clinic.appointmentsAs(Role.DOCTOR, otherDoctor).callNext();
        Appointment visit =
                reception.book(request(clinic.patient("Ana", "Pagadora", null), doctor, "18:00"));
        long billed = clinic.completeInSql(visit).id();
        long invoice = billing.createFromAppointment(billed).id();
        billing.addLine(invoice, "T-A", BigDecimal.ONE);
        billing.addLine(invoice, "T-B", new BigDecimal("2.5"));
        billing.issue(invoice);
    }

    private List<String> rawQueue() {
        return clinic.redis.commands().lrange(clinic.redis.key("cola_atencion"), 0, -1);
    }
}
