package es.clinica.domain;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * A service of the clinic's catalog, with its price before tax and its VAT rate.
 *
 * @param id PostgreSQL's id, 0 for one not yet stored
 * @param code unique short code, e.g. {@code CONS-MG}
 * @param name as shown on the invoice
 * @param price before tax, scale 2, not negative
 * @param taxRate VAT percentage (0, 10, 21...), not negative, at most 100
 * @param active whether it can be put on new invoices
 */
public record CatalogItem(
        long id, String code, String name, BigDecimal price, BigDecimal taxRate, boolean active) {

    public CatalogItem {
        if (code == null || !code.strip().matches("[A-Za-z0-9_\\-]{1,30}")) {
            throw new RuleViolation("catalog.code.invalid", "code");
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new RuleViolation("catalog.name.required", "name");
        }
        code = code.strip().toUpperCase(Locale.ROOT);
        name = name.strip();
        price = Money.requirePrice(price, "price");
        taxRate = Money.requireTaxRate(taxRate, "taxRate");
    }
}
