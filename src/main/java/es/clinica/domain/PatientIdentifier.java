package es.clinica.domain;

/**
 * An identifier a patient carries in another system (a FHIR import's source id). The pair is
 * unique: it finds the same patient again on a second import.
 *
 * @param system the issuing system's URI, e.g. {@code https://github.com/synthetichealth/synthea}
 * @param value the id in that system
 */
public record PatientIdentifier(String system, String value) {

    private static final int MAX_LENGTH = 500;

    public PatientIdentifier {
        if (system == null || system.isBlank() || system.length() > MAX_LENGTH) {
            throw new RuleViolation("patient.identifier.invalid", "identifierSystem");
        }
        if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
            throw new RuleViolation("patient.identifier.invalid", "identifierValue");
        }
    }
}
