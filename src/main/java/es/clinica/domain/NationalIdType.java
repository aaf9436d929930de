package es.clinica.domain;

/** The kinds of identity document a patient can be registered with. */
public enum NationalIdType {
    /** Spanish national identity document: 8 digits and a check letter. */
    DNI,
    /** Foreigner's identity number: X, Y or Z, 7 digits and a check letter. */
    NIE,
    /** A passport number: 5 to 20 letters and digits. */
    PASSPORT
}
