package es.clinica.store.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import es.clinica.domain.Amendment;
import es.clinica.domain.Diagnosis;
import es.clinica.domain.MedicalNote;
import es.clinica.domain.Prescription;
import es.clinica.service.ClinicaException;
import es.clinica.service.ConflictException;
import es.clinica.service.NotFoundException;
import es.clinica.testsupport.TestStores;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MongoNoteRepositoryIT {

    private static final Instant START = Instant.parse("2026-02-03T09:00:00Z");

    private final MongoStore store = TestStores.get().freshMongo();
    private final MongoNoteRepository notes = new MongoNoteRepository(store);

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void draftIsStoredAndReadBack() {
        MedicalNote draft = draft(UUID.randomUUID().toString(), 1, START);

        notes.saveDraft(draft);

        assertThat(notes.findById(draft.noteId())).contains(draft);
        assertThat(store.database().getCollection("notas_medicas").countDocuments()).isEqualTo(1);
    }

    @Test
    void resavingADraftKeepsItsCreationAndTakesTheNewText() {
        String id = UUID.randomUUID().toString();
        notes.saveDraft(draft(id, 1, START));
        MedicalNote edited = withPlan(draft(id, 1, START.plusSeconds(600)), "Reposo 48 h");

        notes.saveDraft(edited);
        notes.saveDraft(edited);

        MedicalNote read = notes.findById(id).orElseThrow();
        assertThat(read.createdAt()).isEqualTo(START);
        assertThat(read.updatedAt()).isEqualTo(START.plusSeconds(600));
        assertThat(read.plan()).isEqualTo("Reposo 48 h");
        assertThat(store.database().getCollection("notas_medicas").countDocuments()).isEqualTo(1);
    }

    @Test
    void signedNoteRefusesDraftWritesSecondSignatureAndTakesAmendments() {
        String id = UUID.randomUUID().toString();
        notes.saveDraft(draft(id, 1, START));
        Instant signedAt = START.plusSeconds(900);

        MedicalNote signed = notes.sign(id, 3, signedAt);

        assertThat(signed.signed()).isTrue();
        assertThat(signed.signedAt()).contains(signedAt);
        assertThat(signed.signedBy()).hasValue(3);
        assertThatThrownBy(() -> notes.saveDraft(withPlan(draft(id, 1, START), "cambiado")))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ClinicaException) e).messageKey())
                .isEqualTo("note.alreadySigned");
        assertThatThrownBy(() -> notes.sign(id, 3, signedAt.plusSeconds(1)))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ClinicaException) e).messageKey())
                .isEqualTo("note.alreadySigned");
        assertThat(notes.findById(id).orElseThrow().plan()).isEqualTo("Control en 7 días");

        Amendment correction =
                new Amendment(3, signedAt.plusSeconds(3600), "Dosis corregida: 500 mg cada 8 h");
        MedicalNote amended = notes.amend(id, correction);
        notes.amend(id, correction);

        assertThat(amended.amendments()).containsExactly(correction);
        assertThat(notes.findById(id).orElseThrow().amendments()).containsExactly(correction);
        assertThat(notes.findById(id).orElseThrow().plan()).isEqualTo("Control en 7 días");
    }

    @Test
    void amendmentsAreKeptInTheOrderAppendedWithTheirAuthors() {
        String id = UUID.randomUUID().toString();
        notes.saveDraft(draft(id, 1, START));
        notes.sign(id, 3, START.plusSeconds(60));
        Amendment first = new Amendment(3, START.plusSeconds(120), "Primera corrección");
        Amendment second = new Amendment(4, START.plusSeconds(180), "Segunda, de otro médico");

        notes.amend(id, first);
        notes.amend(id, second);

        assertThat(notes.findById(id).orElseThrow().amendments()).containsExactly(first, second);
    }

    @Test
    void draftCannotBeAmended() {
        String id = UUID.randomUUID().toString();
        notes.saveDraft(draft(id, 1, START));

        assertThatThrownBy(() -> notes.amend(id, new Amendment(3, START, "texto")))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ClinicaException) e).messageKey())
                .isEqualTo("note.notSigned");
    }

    @Test
    void signingOrAmendingAMissingNoteSaysNotFound() {
        assertThatThrownBy(() -> notes.sign("nope", 3, START))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> notes.amend("nope", new Amendment(3, START, "texto")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void historyOfAPatientIsNewestFirst() {
        MedicalNote old = draft(UUID.randomUUID().toString(), 1, START);
        MedicalNote newest = draft(UUID.randomUUID().toString(), 1, START.plusSeconds(86_400 * 30));
        MedicalNote middle = draft(UUID.randomUUID().toString(), 1, START.plusSeconds(86_400));
        MedicalNote otherPatient = draft(UUID.randomUUID().toString(), 2, 200, START);
        List.of(old, newest, middle, otherPatient).forEach(notes::saveDraft);

        assertThat(notes.findByPatientId(1)).containsExactly(newest, middle, old);
        assertThat(notes.findByDoctorId(3)).hasSize(4);
        assertThat(notes.findByAppointmentId(200)).containsExactly(otherPatient);
        assertThat(notes.findAllPatientIds()).containsExactly(1L, 2L);
    }

    private static MedicalNote draft(String id, long patientId, Instant at) {
        return draft(id, patientId, 100 + patientId, at);
    }

    private static MedicalNote draft(String id, long patientId, long appointmentId, Instant at) {
        return MedicalNote.draft(
                id,
                patientId,
                3,
                appointmentId,
                at,
                new MedicalNote.Soap(
                        "Tos y fiebre de 3 días; refiere «malestar general»",
                        "T.ª 38,2 ºC; crepitantes en base derecha",
                        "Probable neumonía adquirida en la comunidad",
                        "Control en 7 días"),
                List.of(new Diagnosis("J18.9", "Neumonía, organismo no especificado")),
                List.of(new Prescription("Amoxicilina", "1 g", "cada 8 h", "7 días", "")));
    }

    private static MedicalNote withPlan(MedicalNote note, String plan) {
        return MedicalNote.draft(
                note.noteId(),
                note.patientId(),
                note.doctorId(),
                note.appointmentId(),
                note.updatedAt(),
                new MedicalNote.Soap(note.subjective(), note.objective(), note.assessment(), plan),
                note.diagnoses(),
                note.prescriptions());
    }
}
