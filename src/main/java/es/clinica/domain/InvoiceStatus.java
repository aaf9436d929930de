package es.clinica.domain;

/** DRAFT (editable, no number) -> ISSUED (numbered, frozen) -> VOIDED (by a credit note). */
public enum InvoiceStatus {
    DRAFT,
    ISSUED,
    VOIDED
}
