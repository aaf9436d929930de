package es.clinica.service;

import es.clinica.domain.Diagnosis;
import es.clinica.domain.MedicalNote;
import es.clinica.domain.Prescription;
import java.util.List;
import java.util.Optional;

/**
 * A note as the doctor is writing it.
 *
 * @param noteId empty for a note never saved; the id {@link ConsultationService#saveDraft} returned
 *     afterwards, so that every save lands on the same document
 * @param patientId whose note
 * @param appointmentId the consultation's appointment
 * @param soap the four texts
 * @param diagnoses ICD-10 diagnoses; never null
 * @param prescriptions never null
 */
public record NoteDraft(
        Optional<String> noteId,
        long patientId,
        long appointmentId,
        MedicalNote.Soap soap,
        List<Diagnosis> diagnoses,
        List<Prescription> prescriptions) {

    public NoteDraft {
        noteId = noteId == null ? Optional.empty() : noteId;
        soap = soap == null ? new MedicalNote.Soap("", "", "", "") : soap;
        diagnoses = diagnoses == null ? List.of() : List.copyOf(diagnoses);
        prescriptions = prescriptions == null ? List.of() : List.copyOf(prescriptions);
    }
}
