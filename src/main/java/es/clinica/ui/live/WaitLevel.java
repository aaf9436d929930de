package es.clinica.ui.live;

import java.time.Duration;

/** How long a patient has waited, as the panel colours it. */
public enum WaitLevel {
    /** Under ten minutes. */
    SHORT("wait-short"),
    /** Ten to twenty minutes. */
    MEDIUM("wait-medium"),
    /** Twenty minutes or more. */
    LONG("wait-long");

    /** From here on a wait is shown as medium. */
    public static final Duration MEDIUM_FROM = Duration.ofMinutes(10);

    /** From here on a wait is shown as long. */
    public static final Duration LONG_FROM = Duration.ofMinutes(20);

    private final String styleClass;

    WaitLevel(String styleClass) {
        this.styleClass = styleClass;
    }

    /** The level of a wait. */
    public static WaitLevel of(Duration waited) {
        if (waited.compareTo(LONG_FROM) >= 0) {
            return LONG;
        }
        return waited.compareTo(MEDIUM_FROM) >= 0 ? MEDIUM : SHORT;
    }

    /** The theme's style class for this level (named colours {@code -clinica-wait-*}). */
    public String styleClass() {
        return styleClass;
    }
}
