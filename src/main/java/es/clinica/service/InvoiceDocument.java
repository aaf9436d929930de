package es.clinica.service;

import es.clinica.domain.Invoice;
import es.clinica.domain.InvoiceKind;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An invoice with what its printed form needs besides its lines: the issuer, the patient's name and
 * the date in the clinic's zone.
 *
 * @param clinic the issuer
 * @param invoice the invoice or credit note, with its lines and totals
 * @param patientName the patient's name as printed
 * @param date the issue date (the draft's creation date while a draft), in the clinic's zone
 * @param correctsNumber for a credit note, the printed number of the invoice it cancels
 */
public record InvoiceDocument(
        ClinicDetails clinic,
        Invoice invoice,
        String patientName,
        LocalDate date,
        Optional<String> correctsNumber) {

    /** The printed number, or empty while a draft. */
    public Optional<String> number() {
        return invoice.displayNumber();
    }

    /** Whether it is a credit note. */
    public boolean isCreditNote() {
        return invoice.kind() == InvoiceKind.CREDIT_NOTE;
    }
}
