package es.clinica.ui.fx;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * A timer that runs an action on the JavaFX thread at a fixed rate, ticking on a daemon thread so
 * the window never waits on it. The action itself should hand any store call to {@link Background}.
 */
public final class Periodic {

    private Periodic() {}

    /**
     * Starts ticking after one period.
     *
     * @param name the timer thread's name, for thread dumps
     * @return a handle that stops the timer
     */
    public static Cancellable every(Duration period, String name, Runnable onFxThread) {
        ScheduledExecutorService timer =
                Executors.newSingleThreadScheduledExecutor(
                        runnable -> {
                            Thread thread = new Thread(runnable, name);
                            thread.setDaemon(true);
                            return thread;
                        });
        long millis = period.toMillis();
        timer.scheduleAtFixedRate(
                () -> Platform.runLater(onFxThread), millis, millis, TimeUnit.MILLISECONDS);
        return timer::shutdownNow;
    }
}
