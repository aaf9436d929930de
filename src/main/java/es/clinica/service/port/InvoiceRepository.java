package es.clinica.service.port;

import es.clinica.domain.Invoice;
import es.clinica.domain.InvoiceLineRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Invoices, credit notes and their lines in PostgreSQL. Totals are always recomputed from the lines
 * by {@link es.clinica.domain.InvoiceTotals}. Numbers are gapless per (series, year): the database
 * itself refuses a gap or a repeat. Joins the caller's transaction when there is one.
 */
public interface InvoiceRepository {

    /**
     * Opens an empty draft (no number yet).
     *
     * @param series the numbering series, e.g. {@link Invoice#INVOICE_SERIES}
     * @param year the fiscal year the number will belong to
     * @param appointmentId the appointment billed, may be {@code null}
     * @throws es.clinica.service.NotFoundException {@code patient.notFound} / {@code
     *     appointment.notFound}
     * @throws es.clinica.service.ConflictException {@code invoice.appointment.duplicate} when the
     *     appointment already has a live invoice
     */
    Invoice createDraft(long patientId, Long appointmentId, String series, int year, Instant at);

    Optional<Invoice> findById(long invoiceId);

    /** A patient's invoices and credit notes, newest first. */
    List<Invoice> findByPatient(long patientId);

    /**
     * Invoices and credit notes of every patient dated in {@code [from, to)}, newest first: the
     * date is the issue time, or the creation time of a draft.
     */
    List<Invoice> findDatedBetween(Instant from, Instant to);

    /**
     * Appends a line to a draft and recomputes its totals.
     *
     * @throws es.clinica.service.NotFoundException {@code invoice.notFound}
     * @throws es.clinica.service.ConflictException {@code invoice.notDraft}
     */
    Invoice addLine(long invoiceId, InvoiceLineRequest line);

    /**
     * Removes a draft's line; the other lines keep their numbers.
     *
     * @throws es.clinica.service.NotFoundException {@code invoice.notFound} / {@code
     *     invoice.line.notFound}
     * @throws es.clinica.service.ConflictException {@code invoice.notDraft}
     */
    Invoice removeLine(long invoiceId, int lineNo);

    /**
     * Gives a draft the next number of its (series, year), under that counter's row lock, and
     * freezes it.
     *
     * @throws es.clinica.service.InvalidInputException {@code invoice.empty} for a draft without
     *     lines
     * @throws es.clinica.service.ConflictException {@code invoice.notDraft}
     */
    Invoice issue(long invoiceId, Instant issuedAt);

    /**
     * Voids an issued invoice by issuing a credit note that repeats all its lines, numbered in
     * {@code series} for {@code year}; the invoice becomes VOIDED. One transaction.
     *
     * @return the issued credit note
     * @throws es.clinica.service.ConflictException {@code invoice.notIssued} when the invoice is a
     *     draft, already voided, or is itself a credit note
     */
    Invoice voidWithCreditNote(long invoiceId, String series, int year, Instant issuedAt);

    /**
     * Deletes a draft (never an issued invoice).
     *
     * @throws es.clinica.service.ConflictException {@code invoice.notDraft}
     */
    void deleteDraft(long invoiceId);

    /**
     * Quantity invoiced per service code over issued and voided invoices minus their credit notes:
     * the content of {@code ranking_servicios}. Codes whose net quantity is zero are left out.
     */
    Map<String, BigDecimal> invoicedQuantityByService();

    /**
     * Stores past issued invoices (seeding a clinic's history) in bulk, all or none: each is stored
     * with its lines and numbered, as {@link #issue} would, with the next number of its series and
     * year, in the order given (so give them in issue order). Ids, numbers and statuses given are
     * ignored; {@code issuedAt} is required; totals are stored as given (make them with {@link
     * es.clinica.domain.InvoiceTotals#of}).
     *
     * @return how many were stored
     * @throws es.clinica.service.ConflictException {@code invoice.appointment.duplicate} when an
     *     appointment already has a live invoice
     */
    int insertIssued(List<Invoice> invoices);
}
