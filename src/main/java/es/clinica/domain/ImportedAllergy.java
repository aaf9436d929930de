package es.clinica.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An allergy or intolerance read from an imported file. Coded values keep the source's codes (FHIR
 * value sets: category {@code food|medication|environment|biologic}, criticality {@code
 * low|high|unable-to-assess}, clinical status {@code active|inactive|resolved}).
 *
 * @param substance what the patient reacts to, as text; never blank
 * @param code the substance's code in {@code system}, when coded
 * @param system the code system's URI (e.g. SNOMED CT), when coded
 */
public record ImportedAllergy(
        String substance,
        Optional<String> code,
        Optional<String> system,
        Optional<String> category,
        Optional<String> criticality,
        Optional<String> clinicalStatus,
        Optional<LocalDate> recordedDate,
        List<Reaction> reactions) {

    /**
     * One recorded reaction: what showed ({@code manifestations}, as text) and how badly ({@code
     * mild|moderate|severe}).
     */
    public record Reaction(List<String> manifestations, Optional<String> severity) {

        public Reaction {
            manifestations = List.copyOf(manifestations);
            Objects.requireNonNull(severity, "severity");
        }
    }

    public ImportedAllergy {
        Objects.requireNonNull(substance, "substance");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(criticality, "criticality");
        Objects.requireNonNull(clinicalStatus, "clinicalStatus");
        Objects.requireNonNull(recordedDate, "recordedDate");
        reactions = List.copyOf(reactions);
    }
}
