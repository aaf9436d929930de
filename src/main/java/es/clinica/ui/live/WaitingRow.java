package es.clinica.ui.live;

/**
 * A waiting patient as the panel shows them.
 *
 * @param text who waits for whom
 * @param waited the waiting time, e.g. "12 min"
 * @param level how the waiting time is coloured
 */
public record WaitingRow(String text, String waited, WaitLevel level) {}
