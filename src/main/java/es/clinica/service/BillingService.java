package es.clinica.service;

import es.clinica.domain.Appointment;
import es.clinica.domain.AppointmentStatus;
import es.clinica.domain.CatalogItem;
import es.clinica.domain.Invoice;
import es.clinica.domain.InvoiceLine;
import es.clinica.domain.InvoiceLineRequest;
import es.clinica.service.port.AppointmentRepository;
import es.clinica.service.port.AuditAction;
import es.clinica.service.port.CatalogRepository;
import es.clinica.service.port.DomainRules;
import es.clinica.service.port.InvoiceRepository;
import es.clinica.service.port.LiveStateRepository;
import es.clinica.service.port.PatientRepository;
import es.clinica.service.port.Transactions;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Invoices from completed appointments, or for a patient without one: drafts with lines priced from
 * the catalog, issued with a gapless number, voided only by a credit note. Amounts follow {@link
 * es.clinica.domain.Money} (docs/decisions/0004-money-and-rounding.md). {@code ranking_servicios}
 * moves after the SQL commit; when Redis is away the invoice still stands and rebuild-live repairs
 * the ranking. Issuing and voiding append an audit row in the same transaction as the numbering.
 */
public final class BillingService {

    private static final Logger LOGGER = LoggerFactory.getLogger(BillingService.class);

    private final AccessControl access;
    private final InvoiceRepository invoices;
    private final CatalogRepository catalog;
    private final AppointmentRepository appointments;
    private final PatientRepository patients;
    private final LiveStateRepository live;
    private final Transactions transactions;
    private final AuditService audit;
    private final Clock clock;
    private final ZoneId zone;

    public BillingService(
            AccessControl access,
            InvoiceRepository invoices,
            CatalogRepository catalog,
            AppointmentRepository appointments,
            PatientRepository patients,
            LiveStateRepository live,
            Transactions transactions,
            AuditService audit,
            Clock clock,
            ZoneId zone) {
        this.access = access;
        this.invoices = invoices;
        this.catalog = catalog;
        this.appointments = appointments;
        this.patients = patients;
        this.live = live;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * Opens a draft for the patient of a completed appointment.
     *
     * @throws ConflictException {@code invoice.appointment.notCompleted} (field {@code
     *     appointmentId}); {@code invoice.appointment.duplicate} when it already has one
     * @throws NotFoundException {@code appointment.notFound}
     */
    public Invoice createFromAppointment(long appointmentId) {
        access.require(Permission.INVOICE_WRITE);
        Appointment appointment =
                appointments
                        .findById(appointmentId)
                        .orElseThrow(() -> new NotFoundException("appointment.notFound"));
        if (appointment.status() != AppointmentStatus.COMPLETED) {
            throw new ConflictException(
                    "invoice.appointment.notCompleted",
                    "appointmentId",
                    null,
                    appointment.status());
        }
        Instant now = clock.instant();
        return invoices.createDraft(
                appointment.patientId(), appointmentId, Invoice.INVOICE_SERIES, yearOf(now), now);
    }

    /**
     * Opens a draft for a patient without an appointment (a certificate, a report, material sold at
     * the desk). It is numbered, issued and voided like any other invoice.
     *
     * @throws NotFoundException {@code patient.notFound} (field {@code patientId})
     */
    public Invoice createForPatient(long patientId) {
        access.require(Permission.INVOICE_WRITE);
        if (patients.findById(patientId).isEmpty()) {
            throw new NotFoundException("patient.notFound", "patientId", null);
        }
        Instant now = clock.instant();
        return invoices.createDraft(patientId, null, Invoice.INVOICE_SERIES, yearOf(now), now);
    }

    /**
     * Adds a line for a catalog service at its current price and tax rate.
     *
     * @throws NotFoundException {@code catalog.notFound} (field {@code serviceCode})
     * @throws ConflictException {@code catalog.inactive}; {@code invoice.notDraft}
     * @throws InvalidInputException {@code money.quantity.invalid} (field {@code quantity})
     */
    public Invoice addLine(long invoiceId, String serviceCode, BigDecimal quantity) {
        access.require(Permission.INVOICE_WRITE);
        CatalogItem item = activeItem(serviceCode);
        InvoiceLineRequest line = DomainRules.valid(() -> InvoiceLineRequest.of(item, quantity));
        return invoices.addLine(invoiceId, line);
    }

    private CatalogItem activeItem(String serviceCode) {
        CatalogItem item =
                catalog.findByCode(serviceCode == null ? "" : serviceCode.strip())
                        .orElseThrow(
                                () ->
                                        new NotFoundException(
                                                "catalog.notFound",
                                                "serviceCode",
                                                null,
                                                serviceCode));
        if (!item.active()) {
            throw new ConflictException("catalog.inactive", "serviceCode", null, item.code());
        }
        return item;
    }

    /**
     * Changes a draft line's quantity, keeping its price and rate; the line is replaced and takes
     * the next line number, in one transaction.
     *
     * @throws NotFoundException {@code invoice.notFound} / {@code invoice.line.notFound}
     * @throws InvalidInputException {@code money.quantity.invalid} (field {@code quantity})
     * @throws ConflictException {@code invoice.notDraft}
     */
    public Invoice changeQuantity(long invoiceId, int lineNo, BigDecimal quantity) {
        access.require(Permission.INVOICE_WRITE);
        return transactions.inTransaction(
                () -> {
                    InvoiceLine line = lineOf(invoiceId, lineNo);
                    InvoiceLineRequest changed =
                            DomainRules.valid(() -> withQuantity(line.request(), quantity));
                    invoices.removeLine(invoiceId, lineNo);
                    return invoices.addLine(invoiceId, changed);
                });
    }

    private static InvoiceLineRequest withQuantity(InvoiceLineRequest line, BigDecimal quantity) {
        return new InvoiceLineRequest(
                line.serviceCode(), line.description(), quantity, line.unitPrice(), line.taxRate());
    }

    private InvoiceLine lineOf(long invoiceId, int lineNo) {
        Invoice invoice =
                invoices.findById(invoiceId)
                        .orElseThrow(() -> new NotFoundException("invoice.notFound"));
        return invoice.lines().stream()
                .filter(l -> l.lineNo() == lineNo)
                .findFirst()
                .orElseThrow(
                        () ->
                                new NotFoundException(
                                        "invoice.line.notFound", "lineNo", null, lineNo));
    }

    /**
     * Removes a draft line.
     *
     * @throws NotFoundException {@code invoice.notFound} / {@code invoice.line.notFound}
     * @throws ConflictException {@code invoice.notDraft}
     */
    public Invoice removeLine(long invoiceId, int lineNo) {
        access.require(Permission.INVOICE_WRITE);
        return invoices.removeLine(invoiceId, lineNo);
    }

    /**
     * Numbers and freezes a draft, recording {@link AuditAction#INVOICE_ISSUED} with its number in
     * the same transaction, then adds its quantities to {@code ranking_servicios}.
     *
     * @throws InvalidInputException {@code invoice.empty} (field {@code lines})
     * @throws ConflictException {@code invoice.notDraft}
     */
    public Invoice issue(long invoiceId) {
        Actor actor = access.require(Permission.INVOICE_WRITE);
        Invoice issued =
                transactions.inTransaction(
                        () ->
                                audited(
                                        actor,
                                        AuditAction.INVOICE_ISSUED,
                                        invoices.issue(invoiceId, clock.instant())));
        moveRanking(issued, UnaryOperator.identity());
        return issued;
    }

    /**
     * Voids an issued invoice by issuing its credit note, recording {@link
     * AuditAction#INVOICE_VOIDED} on the invoice with the credit note's number in the same
     * transaction; the ranking takes its quantities back.
     *
     * @return the credit note
     * @throws ConflictException {@code invoice.notIssued}
     */
    public Invoice voidInvoice(long invoiceId) {
        Actor actor = access.require(Permission.INVOICE_WRITE);
        Instant now = clock.instant();
        Invoice credit =
                transactions.inTransaction(
                        () -> {
                            Invoice note =
                                    invoices.voidWithCreditNote(
                                            invoiceId,
                                            Invoice.CREDIT_NOTE_SERIES,
                                            yearOf(now),
                                            now);
                            audit.record(
                                    actor,
                                    AuditAction.INVOICE_VOIDED,
                                    AuditService.INVOICE,
                                    invoiceId,
                                    note.displayNumber().orElse(""));
                            return note;
                        });
        moveRanking(credit, BigDecimal::negate);
        return credit;
    }

    private Invoice audited(Actor actor, AuditAction action, Invoice invoice) {
        audit.record(
                actor,
                action,
                AuditService.INVOICE,
                invoice.id(),
                invoice.displayNumber().orElse(""));
        return invoice;
    }

    /**
     * Deletes a draft.
     *
     * @throws ConflictException {@code invoice.notDraft}
     */
    public void deleteDraft(long invoiceId) {
        access.require(Permission.INVOICE_WRITE);
        invoices.deleteDraft(invoiceId);
    }

    private void moveRanking(Invoice invoice, UnaryOperator<BigDecimal> sign) {
        try {
            for (InvoiceLine line : invoice.lines()) {
                live.addToRanking(line.serviceCode(), sign.apply(line.quantity()));
            }
        } catch (UnavailableException e) {
            LOGGER.warn(
                    "Redis did not move the ranking for invoice {}; rebuild-live repairs it",
                    invoice.id(),
                    e);
        }
    }

    /**
     * An invoice with its lines and its tax breakdown by rate ({@code totals().byRate()}).
     *
     * @throws NotFoundException {@code invoice.notFound}
     */
    public Invoice get(long invoiceId) {
        access.require(Permission.INVOICE_READ);
        return invoices.findById(invoiceId)
                .orElseThrow(() -> new NotFoundException("invoice.notFound"));
    }

    /** Invoices and credit notes matching the filter, newest first. */
    public List<Invoice> list(InvoiceFilter filter) {
        access.require(Permission.INVOICE_READ);
        List<Invoice> found =
                filter.patientId().isPresent()
                        ? invoices.findByPatient(filter.patientId().get())
                        : invoices.findDatedBetween(start(filter), end(filter));
        return found.stream()
                .filter(i -> filter.status().map(s -> s == i.status()).orElse(true))
                .filter(i -> isWithin(i, filter))
                .toList();
    }

    private boolean isWithin(Invoice invoice, InvoiceFilter filter) {
        Instant dated = invoice.issuedAt().orElse(invoice.createdAt());
        return !dated.isBefore(start(filter)) && dated.isBefore(end(filter));
    }

    private Instant start(InvoiceFilter filter) {
        return filter.from().map(d -> d.atStartOfDay(zone).toInstant()).orElse(Instant.EPOCH);
    }

    private Instant end(InvoiceFilter filter) {
        return filter.to()
                .map(d -> d.plusDays(1).atStartOfDay(zone).toInstant())
                .orElse(Instant.parse("9999-01-01T00:00:00Z"));
    }

    private int yearOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone).getYear();
    }
}
