package es.clinica.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A service of the catalog and the quantity invoiced of it (credit notes subtracted).
 *
 * @param serviceCode the catalog code
 * @param quantity net quantity invoiced, to at most three decimals
 */
public record RankingEntry(String serviceCode, BigDecimal quantity) {

    public RankingEntry {
        Objects.requireNonNull(serviceCode, "serviceCode");
        Objects.requireNonNull(quantity, "quantity");
    }
}
