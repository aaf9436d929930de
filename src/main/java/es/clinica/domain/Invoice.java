package es.clinica.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An invoice or credit note with its lines. Its totals are always {@link InvoiceTotals#of} its
 * lines; PostgreSQL stores them too so reports need not sum lines.
 *
 * @param id PostgreSQL's id
 * @param kind invoice or credit note
 * @param series the numbering series ({@code F} invoices, {@code R} credit notes by default)
 * @param year the fiscal year of the number
 * @param number gapless within (series, year); empty while a draft
 * @param patientId the patient billed
 * @param appointmentId the appointment invoiced, if any
 * @param status draft, issued or voided
 * @param correctsInvoiceId for a credit note, the invoice it cancels
 * @param createdAt when the draft was made
 * @param issuedAt when it got its number
 * @param lines in line-number order
 * @param totals sums of the lines
 */
public record Invoice(
        long id,
        InvoiceKind kind,
        String series,
        int year,
        Optional<Integer> number,
        long patientId,
        Optional<Long> appointmentId,
        InvoiceStatus status,
        Optional<Long> correctsInvoiceId,
        Instant createdAt,
        Optional<Instant> issuedAt,
        List<InvoiceLine> lines,
        InvoiceTotals totals) {

    /** Default series of invoices. */
    public static final String INVOICE_SERIES = "F";

    /** Default series of credit notes. */
    public static final String CREDIT_NOTE_SERIES = "R";

    /** The printed number, e.g. {@code F-2026-000042}; empty while a draft. */
    public Optional<String> displayNumber() {
        return number.map(n -> String.format("%s-%d-%06d", series, year, n));
    }

    /** The total with the sign of its effect: negative for a credit note. */
    public BigDecimal signedTotal() {
        return kind == InvoiceKind.CREDIT_NOTE ? totals.total().negate() : totals.total();
    }
}
