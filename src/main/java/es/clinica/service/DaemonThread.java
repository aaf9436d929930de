package es.clinica.service;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;

/**
 * The one named daemon thread behind each background loop of the services (the outbox relay, the
 * live-state watcher): started once, stopped with a bounded wait for the task in progress.
 */
final class DaemonThread {

    private DaemonThread() {}

    /** A single-thread scheduler whose thread is a daemon called {@code name}. */
    static ScheduledExecutorService named(String name) {
        return Executors.newSingleThreadScheduledExecutor(
                task -> {
                    Thread thread = new Thread(task, name);
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** Interrupts the loop and waits at most {@code patience} for the task in progress. */
    static void stop(ScheduledExecutorService executor, Duration patience, Logger logger) {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                logger.warn("A background loop did not stop within {} s", patience.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
