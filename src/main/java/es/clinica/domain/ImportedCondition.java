package es.clinica.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A condition (problem, diagnosis) read from an imported file, for the patient's history. The code
 * keeps its source system: Synthea writes SNOMED CT, not ICD-10.
 *
 * @param display the condition as text (the source's text or the coding's display); never blank
 * @param clinicalStatus FHIR code {@code active|recurrence|relapse|inactive|remission|resolved}
 */
public record ImportedCondition(
        Optional<String> code,
        Optional<String> system,
        String display,
        Optional<LocalDate> onsetDate,
        Optional<String> clinicalStatus) {

    public ImportedCondition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(onsetDate, "onsetDate");
        Objects.requireNonNull(clinicalStatus, "clinicalStatus");
    }
}
