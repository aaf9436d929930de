package es.clinica.ui.billing;

import es.clinica.domain.Invoice;
import es.clinica.domain.InvoiceKind;
import es.clinica.domain.InvoiceLine;
import es.clinica.domain.InvoiceLineRequest;
import es.clinica.domain.InvoiceStatus;
import es.clinica.domain.InvoiceTotals;
import es.clinica.service.ClinicDetails;
import es.clinica.service.InvoiceDocument;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Invoices built in memory, with lines computed by the domain's money rule. */
public final class Invoices {

    private Invoices() {}

    /** A line request: code, quantity, unit price, rate. */
    public static InvoiceLineRequest line(String code, String quantity, String price, String rate) {
        return new InvoiceLineRequest(
                code,
                "Servicio " + code,
                new BigDecimal(quantity),
                new BigDecimal(price),
                new BigDecimal(rate));
    }

    /** An invoice of patient 7 in the given status, numbered unless a draft. */
    public static InvoiceDocument document(InvoiceStatus status, InvoiceLineRequest... requests) {
        List<InvoiceLine> lines = new ArrayList<>();
        for (InvoiceLineRequest request : requests) {
            lines.add(InvoiceLine.compute(lines.size() + 1, request));
        }
        boolean numbered = status != InvoiceStatus.DRAFT;
        Instant at = Instant.parse("2026-03-02T10:15:00Z");
        Invoice invoice =
                new Invoice(
                        42,
                        InvoiceKind.INVOICE,
                        Invoice.INVOICE_SERIES,
                        2026,
                        numbered ? Optional.of(17) : Optional.empty(),
                        7,
                        Optional.of(3L),
                        status,
                        Optional.empty(),
                        at,
                        numbered ? Optional.of(at) : Optional.empty(),
                        lines,
                        InvoiceTotals.of(lines));
        return new InvoiceDocument(
                ClinicDetails.DEMO,
                invoice,
                "María Núñez O'Neill",
                LocalDate.of(2026, 3, 2),
                Optional.empty());
    }
}
