package es.clinica.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The clinic's one money rule (docs/decisions/0004-money-and-rounding.md). Amounts are euros as
 * {@link BigDecimal} with scale 2; every rounding is {@link RoundingMode#HALF_UP} to the cent and
 * happens only on a line:
 *
 * <ol>
 *   <li>line base = round(quantity × unit price);
 *   <li>line tax = round(line base × tax rate / 100);
 *   <li>line total = line base + line tax;
 *   <li>the tax breakdown per rate and the invoice totals are plain sums of line values, so they
 *       add up exactly to what the printed lines show.
 * </ol>
 */
public final class Money {

    /** Cents. */
    public static final int SCALE = 2;

    /** The rounding mode of every money rounding. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    /** Quantities keep up to three decimals (e.g. 0.5 hours, 1.25 units). */
    public static final int QUANTITY_SCALE = 3;

    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");
    private static final BigDecimal MAX_QUANTITY = new BigDecimal("9999999.999");

    private Money() {}

    /** Rounds an amount to the cent with the clinic's rounding mode. */
    public static BigDecimal round(BigDecimal amount) {
        return amount.setScale(SCALE, ROUNDING);
    }

    /** round(quantity × unit price). */
    public static BigDecimal lineBase(BigDecimal quantity, BigDecimal unitPrice) {
        return round(quantity.multiply(unitPrice));
    }

    /** round(base × rate / 100); exact division by 100 happens before the one rounding. */
    public static BigDecimal lineTax(BigDecimal base, BigDecimal taxRate) {
        return round(base.multiply(taxRate).movePointLeft(2));
    }

    /**
     * A price: not null, not negative, at most two decimals after rounding, scale 2.
     *
     * @throws RuleViolation {@code money.price.negative} or {@code money.price.invalid}
     */
    public static BigDecimal requirePrice(BigDecimal price, String field) {
        if (price == null) {
            throw new RuleViolation("money.price.invalid", field);
        }
        if (price.signum() < 0) {
            throw new RuleViolation("money.price.negative", field);
        }
        if (price.compareTo(MAX_AMOUNT) > 0) {
            throw new RuleViolation("money.price.invalid", field);
        }
        return round(price);
    }

    /**
     * A VAT percentage between 0 and 100 with at most two decimals.
     *
     * @throws RuleViolation {@code money.taxRate.invalid}
     */
    public static BigDecimal requireTaxRate(BigDecimal rate, String field) {
        if (rate == null || rate.signum() < 0 || rate.compareTo(HUNDRED) > 0) {
            throw new RuleViolation("money.taxRate.invalid", field);
        }
        return rate.setScale(2, ROUNDING);
    }

    /**
     * A quantity above zero with at most three decimals.
     *
     * @throws RuleViolation {@code money.quantity.invalid}
     */
    public static BigDecimal requireQuantity(BigDecimal quantity, String field) {
        if (quantity == null || quantity.signum() <= 0 || quantity.compareTo(MAX_QUANTITY) > 0) {
            throw new RuleViolation("money.quantity.invalid", field);
        }
        if (quantity.stripTrailingZeros().scale() > QUANTITY_SCALE) {
            throw new RuleViolation("money.quantity.invalid", field);
        }
        return quantity.setScale(QUANTITY_SCALE, ROUNDING);
    }
}
