package es.clinica.ui.fx;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the workstation's local journal (notes, registrations in progress) off the UI thread, one
 * write at a time, so that typing never waits on the disk.
 *
 * <p>Each write has a key naming the file it replaces (e.g. {@code notes/501}). Writes run in the
 * order they were asked for, and a write still waiting is replaced by a newer one with the same
 * key: only the latest snapshot of a note is written, and an older snapshot can never land after a
 * newer one. The UI thread hands over immutable snapshots and never reads back what the writer
 * holds.
 *
 * <p>{@link #flush} waits, for a bounded time, until everything asked so far is on disk; the window
 * calls it when it closes, off the UI thread when it can.
 */
public final class JournalWriter implements AutoCloseable {

    private static final Logger LOGGER = LoggerFactory.getLogger(JournalWriter.class);

    private final Executor worker;
    private final Executor ui;
    private final Object lock = new Object();
    private final Map<String, Write> pending = new LinkedHashMap<>();
    private boolean draining;
    private boolean closed;

    /**
     * @param worker runs the writes; must run one task at a time (a single thread)
     * @param ui where failures are reported: the UI thread
     */
    public JournalWriter(Executor worker, Executor ui) {
        this.worker = Objects.requireNonNull(worker);
        this.ui = Objects.requireNonNull(ui);
    }

    /** Writes on a daemon thread of their own; failures are reported on the JavaFX thread. */
    public static JournalWriter forFx() {
        return new JournalWriter(
                Executors.newSingleThreadExecutor(
                        runnable -> {
                            Thread thread = new Thread(runnable, "clinica-journal");
                            thread.setDaemon(true);
                            return thread;
                        }),
                Platform::runLater);
    }

    /** Writes at once on the calling thread: for view-model tests without the FX toolkit. */
    public static JournalWriter inline() {
        return new JournalWriter(Runnable::run, Runnable::run);
    }

    /**
     * Asks for a write, replacing a write with the same key that has not started yet.
     *
     * @param key the file the write replaces; writes with different keys never replace each other
     * @param write the disk work; it must capture only immutable data
     * @param onFailure told on the UI thread when the write throws; the cause is already logged
     */
    public void submit(String key, Runnable write, Consumer<RuntimeException> onFailure) {
        Objects.requireNonNull(key);
        Write next = new Write(Objects.requireNonNull(write), Objects.requireNonNull(onFailure));
        boolean start;
        synchronized (lock) {
            if (closed) {
                LOGGER.warn("A journal write was asked for after the journal closed; dropped");
                return;
            }
            pending.put(key, next);
            start = !draining;
            draining = true;
        }
        if (start) {
            startDraining();
        }
    }

    /** Like {@link #submit(String, Runnable, Consumer)}, for work whose failure is only logged. */
    public void submit(String key, Runnable write) {
        submit(key, write, failure -> LOGGER.debug("A journal write failed; already logged"));
    }

    /**
     * Waits until every write asked for so far is done, at most {@code timeout}.
     *
     * @return whether everything was written in time
     */
    public boolean flush(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (draining) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    lock.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Refuses further writes, waits at most {@code timeout} for those asked for, then ends the
     * writer's thread.
     *
     * @return whether everything was written in time
     */
    public boolean close(Duration timeout) {
        synchronized (lock) {
            closed = true;
        }
        boolean done = flush(timeout);
        if (!done) {
            LOGGER.warn("The local journal was still writing when the workstation closed");
        }
        if (worker instanceof ExecutorService) {
            ((ExecutorService) worker).shutdown();
        }
        return done;
    }

    /** Closes after waiting at most five seconds for the writes asked for. */
    @Override
    public void close() {
        close(Duration.ofSeconds(5));
    }

    private void startDraining() {
        try {
            worker.execute(this::drain);
        } catch (RejectedExecutionException e) {
            LOGGER.warn("The local journal's thread has ended; writes were dropped", e);
            synchronized (lock) {
                pending.clear();
                draining = false;
                lock.notifyAll();
            }
        }
    }

    private void drain() {
        while (true) {
            Write next;
            synchronized (lock) {
                Iterator<Write> first = pending.values().iterator();
                if (!first.hasNext()) {
                    draining = false;
                    lock.notifyAll();
                    return;
                }
                next = first.next();
                first.remove();
            }
            run(next);
        }
    }

    private void run(Write next) {
        try {
            next.action().run();
        } catch (RuntimeException e) {
            // The top of the journal's thread: the user is told through onFailure.
            LOGGER.error("A local journal write failed", e);
            ui.execute(() -> next.onFailure().accept(e));
        }
    }

    private record Write(Runnable action, Consumer<RuntimeException> onFailure) {}
}
