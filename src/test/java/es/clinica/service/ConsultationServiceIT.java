package es.clinica.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import es.clinica.domain.Allergy;
import es.clinica.domain.AllergySeverity;
import es.clinica.domain.Condition;
import es.clinica.domain.Diagnosis;
import es.clinica.domain.MedicalNote;
import es.clinica.domain.Patient;
import es.clinica.domain.PatientProfile;
import es.clinica.domain.Role;
import es.clinica.domain.SessionInfo;
import es.clinica.domain.StaffAccount;
import es.clinica.service.port.AuditAction;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConsultationServiceIT {

    private AuthStack stack = new AuthStack();

    @AfterEach
    void close() {
        stack.close();
    }

    private static NoteDraft draft(Patient patient, String subjective) {
        return new NoteDraft(
                Optional.empty(),
                patient.id(),
                1,
                new MedicalNote.Soap(subjective, "T 37.8", "Faringitis", "Reposo"),
                List.of(new Diagnosis("J02.9", "Faringitis aguda")),
                List.of());
    }

    @Test
    void summaryShowsAllergiesFirstAndNotesNewestFirstAndIsAudited() {
        Patient patient = stack.patient();
        stack.profiles.save(
                new PatientProfile(
                        patient.id(),
                        List.of(
                                Allergy.of(
                                        "Penicilina", "Anafilaxia", AllergySeverity.SEVERE, null)),
                        List.of(
                                new Condition(
                                        Optional.empty(),
                                        Optional.empty(),
                                        "Asma",
                                        Optional.of(LocalDate.of(2001, 1, 1)),
                                        Optional.empty(),
                                        Optional.empty())),
                        Optional.empty(),
                        Optional.empty(),
                        "",
                        Optional.empty(),
                        1,
                        Instant.parse("2026-01-01T10:00:00Z")));
        stack.loginAs(stack.account("dra.sanz", Role.DOCTOR));
        MedicalNote older = stack.consultation.saveDraft(draft(patient, "Primera visita"));
        MedicalNote newer = stack.consultation.saveDraft(draft(patient, "Segunda visita"));

        PatientSummary summary = stack.consultation.openSummary(patient.id());

        assertThat(summary.patient().id()).isEqualTo(patient.id());
        assertThat(summary.allergies())
                .extracting(Allergy::substance)
                .containsExactly("Penicilina");
        assertThat(summary.conditions()).extracting(Condition::display).containsExactly("Asma");
        assertThat(summary.notes())
                .extracting(MedicalNote::noteId)
                .containsExactly(newer.noteId(), older.noteId());
        assertThat(stack.trail.findBySubject(AuditService.PATIENT, Long.toString(patient.id())))
                .extracting(e -> e.event().action())
                .containsExactly(AuditAction.CLINICAL_OPENED);
    }

    @Test
    void draftIsSavedThenSignedOnceByItsAuthor() {
        Patient patient = stack.patient();
        stack.loginAs(stack.account("dr.gil", Role.DOCTOR));
        MedicalNote saved = stack.consultation.saveDraft(draft(patient, "Dolor de garganta"));
        stack.consultation.saveDraft(
                new NoteDraft(
                        Optional.of(saved.noteId()),
                        patient.id(),
                        1,
                        new MedicalNote.Soap("Dolor de garganta y fiebre", "", "", ""),
                        List.of(),
                        List.of()));

        MedicalNote signed = stack.consultation.sign(saved.noteId());

        assertThat(signed.signed()).isTrue();
        assertThat(stack.notes.findById(saved.noteId()))
                .hasValueSatisfying(
                        n -> {
                            assertThat(n.subjective()).isEqualTo("Dolor de garganta y fiebre");
                            assertThat(n.signed()).isTrue();
                        });
        assertThatThrownBy(() -> stack.consultation.sign(saved.noteId()))
                .isInstanceOf(ConflictException.class)
                .hasMessage("note.alreadySigned");
        assertThat(stack.auditedActions())
                .containsSubsequence(AuditAction.LOGIN, AuditAction.NOTE_SIGNED);
    }

    @Test
    void onlyTheAuthorAmendsAndOnlyASignedNote() {
        Patient patient = stack.patient();
        StaffAccount author = stack.account("dra.vega", Role.DOCTOR);
        StaffAccount colleague = stack.account("dr.mora", Role.DOCTOR);
        stack.loginAs(author);
        MedicalNote note = stack.consultation.saveDraft(draft(patient, "Tos"));
        assertThatThrownBy(() -> stack.consultation.amend(note.noteId(), "Corrección"))
                .hasMessage("note.notSigned");
        stack.consultation.sign(note.noteId());
        stack.auth.logout();

        stack.loginAs(colleague);
        assertThatThrownBy(() -> stack.consultation.amend(note.noteId(), "No es mía"))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("note.notAuthor");
        assertThatThrownBy(() -> stack.consultation.sign(note.noteId()))
                .hasMessage("note.notAuthor");
        stack.auth.logout();

        stack.loginAs(author);
        stack.consultation.amend(note.noteId(), "Alergia a AINE confirmada");
        assertThat(stack.consultation.history(patient.id()))
                .singleElement()
                .satisfies(
                        n ->
                                assertThat(n.amendments())
                                        .extracting(a -> a.text())
                                        .containsExactly("Alergia a AINE confirmada"));
        assertThat(stack.auditedActions()).contains(AuditAction.NOTE_AMENDED);
    }

    @Test
    void otherRolesCannotReadClinicalDataOrWriteNotes() {
        Patient patient = stack.patient();
        stack.loginAs(stack.account("mostrador", Role.RECEPTION));

        assertThatThrownBy(() -> stack.consultation.openSummary(patient.id()))
                .hasMessage("access.denied");
        assertThatThrownBy(() -> stack.consultation.saveDraft(draft(patient, "x")))
                .hasMessage("access.denied");
        stack.auth.logout();
        stack.loginAs(stack.account("admin2", Role.ADMIN));
        assertThatThrownBy(() -> stack.consultation.history(patient.id()))
                .hasMessage("access.denied");
        assertThat(stack.notes.findByPatientId(patient.id())).isEmpty();
    }

    @Test
    void expiredSessionNeverWrites() {
        stack.close();
        stack = new AuthStack(Duration.ofSeconds(1));
        Patient patient = stack.patient();
        stack.account("dr.breve", Role.DOCTOR);
        SessionInfo session = stack.auth.login("dr.breve", AuthStack.PASSWORD.toCharArray());

        await().atMost(Duration.ofSeconds(5))
                .until(() -> stack.sessions.findByToken(session.token()).isEmpty());

        assertThatThrownBy(() -> stack.consultation.saveDraft(draft(patient, "Tarde")))
                .isInstanceOf(SessionExpiredException.class)
                .hasMessage("session.expired");
        assertThat(stack.notes.findByPatientId(patient.id())).isEmpty();
        assertThat(stack.current.get()).isEmpty();
    }
}
