package es.clinica.ui.reception;

import es.clinica.ui.fx.Cancellable;
import java.time.Duration;

/** Runs an action on the UI thread after a pause, unless cancelled first (a debounce's timer). */
@FunctionalInterface
public interface Delay {

    /**
     * @param pause how long to wait
     * @param action runs on the UI thread once the pause is over
     * @return a handle that stops the action from running
     */
    Cancellable after(Duration pause, Runnable action);
}
