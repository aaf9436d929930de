package es.clinica.ui.live;

import java.math.BigDecimal;

/**
 * A service of the ranking as a bar of the chart.
 *
 * @param label the service's name
 * @param quantity the net quantity invoiced
 */
public record RankingBar(String label, BigDecimal quantity) {}
