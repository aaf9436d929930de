package es.clinica.service;

import static es.clinica.service.ClinicFixture.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import es.clinica.domain.Appointment;
import es.clinica.domain.Invoice;
import es.clinica.domain.InvoiceStatus;
import es.clinica.domain.MedicalNote;
import es.clinica.domain.PatientData;
import es.clinica.service.port.AuditAction;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Each flow with a store stopped and started again in its middle, on servers this test owns (never
 * the machine's): nothing is lost, nothing is written twice, and the consistency part of {@code
 * check} finds nothing afterwards.
 */
class StoreRestartIT {

    private final RestartingClinic clinic = new RestartingClinic();
    private final PatientService patients = clinic.patients();

    @AfterEach
    void stop() {
        clinic.close();
    }

    @Test
    void registeringSurvivesAMongoOutageAndAPostgresRestart() {
        clinic.servers.stopMongo();
        long duringMongoOutage =
                patients.register(RestartingClinic.newPatient("Eva"), ProfileData.empty())
                        .patient()
                        .id();
        clinic.servers.startMongo();
        RestartingClinic.untilDone(clinic::deliverOutbox);

        clinic.servers.stopPostgres();
        PatientData refused = RestartingClinic.newPatient("Luis");
        assertThatThrownBy(() -> patients.register(refused, ProfileData.empty()))
                .isInstanceOf(UnavailableException.class);
        clinic.servers.startPostgres();
        long afterRestart =
                RestartingClinic.untilDone(() -> patients.register(refused, ProfileData.empty()))
                        .patient()
                        .id();

        assertThat(clinic.sqlCount("SELECT count(*) FROM patients")).isEqualTo(2);
        clinic.assertConsistent();
        assertThat(clinic.profileCount(duringMongoOutage)).isEqualTo(1);
        assertThat(clinic.profileCount(afterRestart)).isEqualTo(1);
    }

    @Test
    void aCheckInWhileRedisIsDownJoinsTheQueueWhenRedisIsBack() {
        AppointmentService reception = clinic.clinic.reception();
        Appointment early = arrive(reception, "10:00");
        Appointment booked = reception.book(request(patient("Rosa"), clinic.doctor, "10:20"));

        clinic.servers.stopRedis();
        reception.checkIn(booked.id());
        clinic.servers.startRedis();

        clinic.assertConsistent();
        assertThat(clinic.clinic.queue.waiting())
                .extracting(e -> e.appointmentId())
                .containsExactly(early.id(), booked.id());
        assertThat(clinic.clinic.live.todaysAppointments()).hasValue(2);
    }

    @Test
    void signingIsRefusedWhileMongoIsDownAndSucceedsOnceItIsBack() {
        Appointment visit = inConsultation();
        ConsultationService consultation = clinic.consultation();
        MedicalNote draft =
                consultation.saveDraft(RestartingClinic.note(visit.patientId(), visit.id()));

        clinic.servers.stopMongo();
        assertThatThrownBy(() -> consultation.sign(draft.noteId()))
                .isInstanceOf(UnavailableException.class)
                .extracting(e -> ((ClinicaException) e).messageKey())
                .isEqualTo("note.store.unavailable");
        clinic.servers.startMongo();
        MedicalNote signed = RestartingClinic.untilDone(() -> consultation.sign(draft.noteId()));

        assertThat(signed.signed()).isTrue();
        assertThat(clinic.notes.findByAppointmentId(visit.id()))
                .singleElement()
                .extracting(MedicalNote::signed)
                .isEqualTo(true);
        // The refused attempt left no audit row: the trail records the one signature that happened.
        assertOneSignatureRow(visit, draft);
        clinic.assertConsistent();
    }

    @Test
    void aSignatureWhoseAuditRowFailedIsCompletedBySigningAgain() {
        Appointment visit = inConsultation();
        ConsultationService consultation = clinic.consultation();
        MedicalNote draft =
                consultation.saveDraft(RestartingClinic.note(visit.patientId(), visit.id()));

        clinic.servers.stopPostgres();
        assertThatThrownBy(() -> consultation.sign(draft.noteId()))
                .isInstanceOf(UnavailableException.class)
                .extracting(e -> ((ClinicaException) e).messageKey())
                .isEqualTo("store.postgresql.unavailable");
        clinic.servers.startPostgres();
        MedicalNote signed = RestartingClinic.untilDone(() -> consultation.sign(draft.noteId()));

        assertThat(signed.signed()).isTrue();
        assertOneSignatureRow(visit, draft);
        assertThatThrownBy(() -> consultation.sign(draft.noteId()))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void invoiceNumbersStayConsecutiveAcrossAPostgresRestart() {
        clinic.clinic.catalog().create("T-A", "Consulta", new BigDecimal("35.00"), BigDecimal.ZERO);
        BillingService billing = clinic.clinic.billing();
        List<Long> drafts =
                List.of("11:00", "11:20", "11:40").stream()
                        .map(time -> draftInvoice(billing, time))
                        .toList();
        Invoice first = billing.issue(drafts.get(0));

        clinic.servers.stopPostgres();
        assertThatThrownBy(() -> billing.issue(drafts.get(1)))
                .isInstanceOf(UnavailableException.class);
        clinic.servers.startPostgres();
        assertThat(RestartingClinic.untilDone(() -> billing.get(drafts.get(1))).status())
                .isEqualTo(InvoiceStatus.DRAFT);
        Invoice second = billing.issue(drafts.get(1));
        Invoice third = billing.issue(drafts.get(2));

        assertThat(List.of(first, second, third))
                .extracting(invoice -> invoice.number().orElseThrow())
                .containsExactly(1, 2, 3);
        assertThat(clinic.sqlCount("SELECT count(DISTINCT number) FROM invoices")).isEqualTo(3);
        assertThat(clinic.clinic.live.topServices(5))
                .singleElement()
                .extracting(r -> r.quantity())
                .isEqualTo(new BigDecimal("3"));
        clinic.assertConsistent();
    }

    private long patient(String given) {
        return patients.register(RestartingClinic.newPatient(given), ProfileData.empty())
                .patient()
                .id();
    }

    private Appointment arrive(AppointmentService reception, String time) {
        Appointment booked = reception.book(request(patient("Eva"), clinic.doctor, time));
        return reception.checkIn(booked.id());
    }

    private Appointment inConsultation() {
        AppointmentService reception = clinic.clinic.reception();
        arrive(reception, "10:00");
        return clinic.clinic
                .appointmentsAs(es.clinica.domain.Role.DOCTOR, clinic.doctor)
                .callNext();
    }

    private long draftInvoice(BillingService billing, String time) {
        Appointment visit =
                clinic.clinic.completeInSql(
                        clinic.clinic
                                .reception()
                                .book(request(patient("Ana"), clinic.doctor, time)));
        long invoice = billing.createFromAppointment(visit.id()).id();
        billing.addLine(invoice, "T-A", BigDecimal.ONE);
        return invoice;
    }

    private void assertOneSignatureRow(Appointment visit, MedicalNote draft) {
        assertThat(
                        clinic.clinic.auditTrail.findBySubject(
                                AuditService.PATIENT, Long.toString(visit.patientId())))
                .filteredOn(entry -> entry.event().action() == AuditAction.NOTE_SIGNED)
                .singleElement()
                .extracting(entry -> entry.event().detail())
                .isEqualTo(draft.noteId());
    }
}
