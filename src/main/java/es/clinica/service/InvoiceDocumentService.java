package es.clinica.service;

import es.clinica.domain.Invoice;
import es.clinica.service.port.InvoiceDocumentWriter;
import es.clinica.service.port.InvoiceRepository;
import es.clinica.service.port.PatientRepository;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Invoices as documents: the printable form of an invoice (issuer, patient, date in the clinic's
 * zone) and its export to a PDF file. Amounts are the invoice's own, never recomputed.
 */
public final class InvoiceDocumentService {

    private static final int CACHE_LIMIT = 5_000;

    private final AccessControl access;
    private final InvoiceRepository invoices;
    private final PatientRepository patients;
    private final InvoiceDocumentWriter writer;
    private final ClinicDetails clinic;
    private final ZoneId zone;
    private final Map<Long, String> patientNames = new ConcurrentHashMap<>();

    /**
     * @param clinic the issuer printed on every invoice
     * @param zone the clinic's zone: an invoice's date follows it
     */
    public InvoiceDocumentService(
            AccessControl access,
            InvoiceRepository invoices,
            PatientRepository patients,
            InvoiceDocumentWriter writer,
            ClinicDetails clinic,
            ZoneId zone) {
        this.access = access;
        this.invoices = invoices;
        this.patients = patients;
        this.writer = writer;
        this.clinic = clinic;
        this.zone = zone;
    }

    /**
     * The printable form of an invoice already read (e.g. from {@link BillingService#list}). Reads
     * the patient's name, and for a credit note the number of the invoice it cancels.
     */
    public InvoiceDocument describe(Invoice invoice) {
        access.require(Permission.INVOICE_READ);
        Optional<String> corrects =
                invoice.correctsInvoiceId()
                        .flatMap(invoices::findById)
                        .flatMap(Invoice::displayNumber);
        return new InvoiceDocument(
                clinic, invoice, patientName(invoice.patientId()), dateOf(invoice), corrects);
    }

    /**
     * Writes an issued invoice or credit note as a PDF file.
     *
     * @throws NotFoundException {@code invoice.notFound}
     * @throws ConflictException {@code invoice.export.notIssued} for a draft, which has no number
     * @throws UnavailableException {@code invoice.export.failed} when the file cannot be written
     */
    public InvoiceDocument exportPdf(long invoiceId, Locale locale, Path target) {
        access.require(Permission.INVOICE_READ);
        Invoice invoice =
                invoices.findById(invoiceId)
                        .orElseThrow(() -> new NotFoundException("invoice.notFound"));
        if (invoice.number().isEmpty()) {
            throw new ConflictException("invoice.export.notIssued");
        }
        InvoiceDocument document = describe(invoice);
        writer.write(document, locale, target);
        return document;
    }

    private LocalDate dateOf(Invoice invoice) {
        return LocalDate.ofInstant(invoice.issuedAt().orElse(invoice.createdAt()), zone);
    }

    private String patientName(long patientId) {
        if (patientNames.size() > CACHE_LIMIT) {
            patientNames.clear();
        }
        return patientNames.computeIfAbsent(
                patientId,
                id -> patients.findById(id).map(p -> p.data().name().display()).orElse("#" + id));
    }
}
