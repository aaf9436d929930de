package es.clinica.domain;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An invoice's totals and its tax breakdown, computed in one place from the lines: every figure is
 * a sum of line values, so nothing is rounded twice.
 *
 * @param base sum of line bases
 * @param tax sum of line taxes
 * @param total base + tax (equals the sum of line totals)
 * @param byRate per VAT rate (ascending), the sums of that rate's lines
 */
public record InvoiceTotals(
        BigDecimal base, BigDecimal tax, BigDecimal total, Map<BigDecimal, TaxBreakdown> byRate) {

    /**
     * One VAT rate's share of an invoice.
     *
     * @param rate the percentage
     * @param base sum of the bases of lines at this rate
     * @param tax sum of the taxes of lines at this rate
     */
    public record TaxBreakdown(BigDecimal rate, BigDecimal base, BigDecimal tax) {}

    /** Totals of no lines: all zero. */
    public static final InvoiceTotals EMPTY = of(List.of());

    /** Sums the lines. */
    public static InvoiceTotals of(Collection<InvoiceLine> lines) {
        Map<BigDecimal, TaxBreakdown> byRate = new TreeMap<>();
        BigDecimal base = Money.ZERO;
        BigDecimal tax = Money.ZERO;
        for (InvoiceLine line : lines) {
            base = base.add(line.lineBase());
            tax = tax.add(line.lineTax());
            byRate.merge(
                    line.taxRate(),
                    new TaxBreakdown(line.taxRate(), line.lineBase(), line.lineTax()),
                    (a, b) ->
                            new TaxBreakdown(
                                    a.rate(), a.base().add(b.base()), a.tax().add(b.tax())));
        }
        return new InvoiceTotals(base, tax, base.add(tax), Collections.unmodifiableMap(byRate));
    }
}
