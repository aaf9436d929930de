package es.clinica.service;

import es.clinica.domain.Allergy;
import es.clinica.domain.Condition;
import es.clinica.domain.MedicalNote;
import es.clinica.domain.Patient;
import java.util.List;

/**
 * What a doctor sees on opening a patient: core data, then allergies first of the clinical data,
 * then conditions and history, then earlier notes newest first.
 *
 * @param patient core data from PostgreSQL
 * @param allergies from the profile; empty when none are recorded
 * @param conditions history and conditions from the profile
 * @param notes every note of the patient, newest first
 */
public record PatientSummary(
        Patient patient,
        List<Allergy> allergies,
        List<Condition> conditions,
        List<MedicalNote> notes) {

    public PatientSummary {
        allergies = List.copyOf(allergies);
        conditions = List.copyOf(conditions);
        notes = List.copyOf(notes);
    }
}
