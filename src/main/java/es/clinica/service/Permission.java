package es.clinica.service;

/**
 * One permission per kind of service operation. Which roles hold which permission is decided in one
 * place, by the {@link AccessControl} implementation, and checked in the service layer: hiding a
 * button is not a check.
 */
public enum Permission {
    /** Find and read patients' core data (name, national id, contact). */
    PATIENT_READ,
    /** Register and edit patients, their contact data, address and allergies. */
    PATIENT_WRITE,
    /** Read a patient's allergies (reception and doctors must see them). */
    ALLERGY_READ,
    /** Read clinical data: history, conditions, consultation notes. */
    CLINICAL_READ,
    /** Write, sign and amend consultation notes. */
    NOTE_WRITE,
    /** See appointments and free slots. */
    APPOINTMENT_READ,
    /** Book, cancel, check in, mark no-show. */
    APPOINTMENT_WRITE,
    /** Call the next patient, complete a consultation, be available. */
    CONSULTATION_RUN,
    /** Read invoices and what an invoice needs of a patient. */
    INVOICE_READ,
    /** Create, issue and void invoices. */
    INVOICE_WRITE,
    /** See the live board (queue, doctors, ranking, counter). */
    LIVE_READ,
    /** Manage the service catalog. */
    CATALOG_WRITE,
    /** Manage staff accounts and doctors; read the audit trail. */
    ADMINISTRATION,
    /** Import patients from FHIR files and fill demo data. */
    DATA_IMPORT
}
