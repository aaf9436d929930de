package es.clinica.domain;

/** Administrative sex, as FHIR records it. */
public enum Sex {
    FEMALE,
    MALE,
    OTHER,
    UNKNOWN
}
