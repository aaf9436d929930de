package es.clinica.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One entry of a patient's history: a condition, past or present.
 *
 * @param code the condition's code in {@code system} (ICD-10, SNOMED CT…), when coded
 * @param system the code system's URI, when coded
 * @param display the condition as shown to a person; not blank
 * @param onset when it started
 * @param status FHIR clinical status: active, recurrence, inactive, remission, resolved
 * @param text free remarks
 */
public record Condition(
        Optional<String> code,
        Optional<String> system,
        String display,
        Optional<LocalDate> onset,
        Optional<String> status,
        Optional<String> text) {

    public Condition {
        if (display == null || display.isBlank()) {
            throw new IllegalArgumentException("A condition needs a display text");
        }
        code = Texts.orEmpty(code);
        system = Texts.orEmpty(system);
        onset = Texts.orEmpty(onset);
        status = Texts.orEmpty(status);
        text = Texts.orEmpty(text);
    }
}
