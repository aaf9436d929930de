package es.clinica.service.port;

import es.clinica.service.InvoiceDocument;
import java.nio.file.Path;
import java.util.Locale;

/** Writes an invoice's printable document (PDF) to a file. */
public interface InvoiceDocumentWriter {

    /**
     * Writes {@code document} to {@code target}, replacing the file if it exists. The printed
     * amounts are the invoice's own line values and sums, never recomputed.
     *
     * @param locale the language of the labels and the number format
     * @throws es.clinica.service.UnavailableException {@code invoice.export.failed} when the file
     *     cannot be written
     */
    void write(InvoiceDocument document, Locale locale, Path target);
}
