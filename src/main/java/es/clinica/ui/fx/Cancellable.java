package es.clinica.ui.fx;

/** A handle on background work that the user may abandon. */
@FunctionalInterface
public interface Cancellable {

    /**
     * Stops delivering the result: neither callback runs after this returns (when called on the
     * thread callbacks are delivered on). The work itself is interrupted if it is still running.
     */
    void cancel();
}
