package es.clinica.store.pdf;

import es.clinica.service.InvoiceDocument;
import es.clinica.service.UnavailableException;
import es.clinica.service.port.InvoiceDocumentWriter;
import es.clinica.store.StoreGuard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes an invoice as an A4 PDF with PDFBox: the issuer's header, number, date and patient, one
 * row per line (description, quantity, unit price, rate, base, tax, total), the tax breakdown by
 * rate and the totals. Every amount printed is a value the invoice already holds, so the page adds
 * up exactly as the invoice does. Texts come from the application's message bundle.
 */
public final class InvoicePdfWriter implements InvoiceDocumentWriter {

    private static final Logger LOGGER = LoggerFactory.getLogger(InvoicePdfWriter.class);

    @Override
    public void write(InvoiceDocument document, Locale locale, Path target) {
        StoreGuard.requireBackgroundThread();
        Path absolute = target.toAbsolutePath();
        try (PDDocument pdf = new PDDocument()) {
            InvoicePage page = new InvoicePage(pdf, new PdfTexts(locale));
            page.header(document);
            page.lines(document.invoice().lines());
            page.totals(document.invoice().totals());
            page.finish();
            save(pdf, absolute);
        } catch (IOException e) {
            LOGGER.error("The invoice PDF could not be written to {}", absolute, e);
            throw new UnavailableException("invoice.export.failed", null, e, absolute.toString());
        }
    }

    /** Writes next to the target first, so a failed write never leaves half a file behind. */
    private static void save(PDDocument pdf, Path target) throws IOException {
        Path folder = target.getParent();
        Files.createDirectories(folder);
        Path partial = Files.createTempFile(folder, ".invoice-", ".pdf.part");
        try {
            pdf.save(partial.toFile());
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
