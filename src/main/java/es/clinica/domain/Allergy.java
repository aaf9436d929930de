package es.clinica.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A substance the patient reacts to. Only the substance is required; everything else may be unknown
 * (an allergy told by the patient at the desk has no code).
 *
 * @param substance what the patient reacts to, as typed or as the coding displays it; not blank
 * @param code the substance's code in {@code system} (e.g. SNOMED CT), when coded
 * @param system the code system's URI, when coded
 * @param reaction what happens (rash, anaphylaxis…)
 * @param severity never null; {@link AllergySeverity#UNKNOWN} when not told
 * @param category FHIR category: food, medication, environment or biologic
 * @param criticality FHIR criticality: low, high or unable-to-assess
 * @param clinicalStatus FHIR clinical status: active, inactive or resolved
 * @param recordedOn the day it was recorded
 */
public record Allergy(
        String substance,
        Optional<String> code,
        Optional<String> system,
        Optional<String> reaction,
        AllergySeverity severity,
        Optional<String> category,
        Optional<String> criticality,
        Optional<String> clinicalStatus,
        Optional<LocalDate> recordedOn) {

    public Allergy {
        if (substance == null || substance.isBlank()) {
            throw new IllegalArgumentException("An allergy needs a substance");
        }
        code = Texts.orEmpty(code);
        system = Texts.orEmpty(system);
        reaction = Texts.orEmpty(reaction);
        severity = Objects.requireNonNullElse(severity, AllergySeverity.UNKNOWN);
        category = Texts.orEmpty(category);
        criticality = Texts.orEmpty(criticality);
        clinicalStatus = Texts.orEmpty(clinicalStatus);
        recordedOn = Texts.orEmpty(recordedOn);
    }

    /** An uncoded allergy as told at the desk. */
    public static Allergy of(
            String substance, String reaction, AllergySeverity severity, LocalDate recordedOn) {
        return new Allergy(
                substance,
                Optional.empty(),
                Optional.empty(),
                Optional.ofNullable(reaction),
                severity,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.ofNullable(recordedOn));
    }
}
