package es.clinica.domain;

/** An invoice, or a credit note (factura rectificativa) that cancels one. */
public enum InvoiceKind {
    INVOICE,
    /**
     * Cancels an issued invoice in full. Its lines repeat the invoice's lines with positive
     * amounts; the kind says they are taken back (see {@link Invoice#signedTotal()}).
     */
    CREDIT_NOTE
}
