package es.clinica.domain;

import java.math.BigDecimal;

/**
 * A line to add to a draft, before its amounts are computed. Usually copied from a {@link
 * CatalogItem}; description and unit price may be edited.
 *
 * @param serviceCode the catalog code (kept on the line even if the catalog changes)
 * @param description as printed, not blank, at most 200 characters
 * @param quantity above zero, at most three decimals
 * @param unitPrice before tax, not negative
 * @param taxRate VAT percentage
 */
public record InvoiceLineRequest(
        String serviceCode,
        String description,
        BigDecimal quantity,
        BigDecimal unitPrice,
        BigDecimal taxRate) {

    public InvoiceLineRequest {
        if (serviceCode == null || serviceCode.isBlank()) {
            throw new RuleViolation("invoice.line.service.required", "serviceCode");
        }
        if (description == null || description.isBlank() || description.length() > 200) {
            throw new RuleViolation("invoice.line.description.invalid", "description");
        }
        description = description.strip();
        quantity = Money.requireQuantity(quantity, "quantity");
        unitPrice = Money.requirePrice(unitPrice, "unitPrice");
        taxRate = Money.requireTaxRate(taxRate, "taxRate");
    }

    /** One unit of a catalog service at its current price and rate. */
    public static InvoiceLineRequest of(CatalogItem item, BigDecimal quantity) {
        return new InvoiceLineRequest(
                item.code(), item.name(), quantity, item.price(), item.taxRate());
    }
}
