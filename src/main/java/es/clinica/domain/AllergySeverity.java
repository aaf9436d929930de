package es.clinica.domain;

/** How severe a patient's reaction to a substance is, in the FHIR reaction-severity terms. */
public enum AllergySeverity {
    MILD,
    MODERATE,
    SEVERE,
    UNKNOWN
}
