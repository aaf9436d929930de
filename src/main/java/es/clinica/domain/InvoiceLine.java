package es.clinica.domain;

import java.math.BigDecimal;

/**
 * A line with its amounts computed by the one money rule ({@link Money}).
 *
 * @param lineNo 1, 2, 3... in the order the lines were added
 * @param serviceCode the catalog code
 * @param description as printed
 * @param quantity above zero
 * @param unitPrice before tax
 * @param taxRate VAT percentage
 * @param lineBase round(quantity × unit price)
 * @param lineTax round(base × rate / 100)
 * @param lineTotal base + tax
 */
public record InvoiceLine(
        int lineNo,
        String serviceCode,
        String description,
        BigDecimal quantity,
        BigDecimal unitPrice,
        BigDecimal taxRate,
        BigDecimal lineBase,
        BigDecimal lineTax,
        BigDecimal lineTotal) {

    /** Computes a line's amounts from what was asked; the only way lines get their amounts. */
    public static InvoiceLine compute(int lineNo, InvoiceLineRequest request) {
        BigDecimal base = Money.lineBase(request.quantity(), request.unitPrice());
        BigDecimal tax = Money.lineTax(base, request.taxRate());
        return new InvoiceLine(
                lineNo,
                request.serviceCode(),
                request.description(),
                request.quantity(),
                request.unitPrice(),
                request.taxRate(),
                base,
                tax,
                base.add(tax));
    }

    /** The request this line was computed from (to copy it into a credit note). */
    public InvoiceLineRequest request() {
        return new InvoiceLineRequest(serviceCode, description, quantity, unitPrice, taxRate);
    }
}
