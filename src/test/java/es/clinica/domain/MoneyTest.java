package es.clinica.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private static InvoiceLine line(int no, String quantity, String price, String rate) {
        return InvoiceLine.compute(
                no,
                new InvoiceLineRequest(
                        "S" + no,
                        "Servicio " + no,
                        new BigDecimal(quantity),
                        new BigDecimal(price),
                        new BigDecimal(rate)));
    }

    @Test
    void lineRoundsBaseThenTaxHalfUpToTheCent() {
        InvoiceLine line = line(1, "3", "0.35", "21");

        assertThat(line.lineBase()).isEqualByComparingTo("1.05");
        assertThat(line.lineTax()).isEqualByComparingTo("0.22");
        assertThat(line.lineTotal()).isEqualByComparingTo("1.27");
    }

    @Test
    void halfCentRoundsUp() {
        assertThat(Money.lineTax(new BigDecimal("0.50"), new BigDecimal("10")))
                .isEqualByComparingTo("0.05");
        assertThat(Money.lineTax(new BigDecimal("0.25"), new BigDecimal("10")))
                .isEqualByComparingTo("0.03");
        assertThat(Money.lineBase(new BigDecimal("0.333"), new BigDecimal("10.00")))
                .isEqualByComparingTo("3.33");
    }

    @Test
    void totalsAndBreakdownAreSumsOfPrintedLines() {
        List<InvoiceLine> lines =
                List.of(
                        line(1, "1", "45.00", "0"),
                        line(2, "3", "6.55", "10"),
                        line(3, "1", "30.00", "21"),
                        line(4, "2", "0.35", "21"));

        InvoiceTotals totals = InvoiceTotals.of(lines);

        assertThat(totals.base()).isEqualByComparingTo("95.35");
        assertThat(totals.tax()).isEqualByComparingTo("8.42");
        assertThat(totals.total()).isEqualByComparingTo("103.77");
        assertThat(totals.byRate()).hasSize(3);
        assertThat(totals.byRate().get(new BigDecimal("21.00")).tax()).isEqualByComparingTo("6.45");
        assertThat(totals.byRate().get(new BigDecimal("10.00")).base())
                .isEqualByComparingTo("19.65");
        BigDecimal sumOfLineTotals =
                lines.stream().map(InvoiceLine::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(totals.total()).isEqualByComparingTo(sumOfLineTotals);
    }

    @Test
    void negativePriceAndZeroQuantityAreRefusedNamingTheField() {
        assertThatThrownBy(() -> line(1, "1", "-0.01", "0"))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        e -> {
                            assertThat(e.messageKey()).isEqualTo("money.price.negative");
                            assertThat(e.field()).contains("unitPrice");
                        });
        assertThatThrownBy(() -> line(1, "0", "1", "0"))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).contains("quantity"));
        assertThatThrownBy(() -> line(1, "-2", "1", "0")).hasMessage("money.quantity.invalid");
        assertThatThrownBy(() -> line(1, "1.0001", "1", "0")).hasMessage("money.quantity.invalid");
        assertThatThrownBy(() -> line(1, "1", "1", "101")).hasMessage("money.taxRate.invalid");
    }

    @Test
    void emptyInvoiceTotalsAreZero() {
        assertThat(InvoiceTotals.EMPTY.total()).isEqualByComparingTo("0");
        assertThat(InvoiceTotals.EMPTY.total().scale()).isEqualTo(2);
    }
}
