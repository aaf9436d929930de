package es.clinica.ui.fx;

import es.clinica.service.ClinicaException;
import es.clinica.service.SessionExpiredException;
import es.clinica.ui.i18n.Localization;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way the user interface calls a service: the call runs on a background thread, and its
 * result or failure comes back on the UI thread. Both callbacks are required, so no failure goes
 * unseen. A {@link ClinicaException} becomes its own localized sentence; anything else is logged
 * once as an error and shown as a generic sentence ({@code error.unexpected}), never as a stack
 * trace.
 *
 * <p>A call refused because the session expired goes to the {@link SessionExpiredHandler}, when the
 * window set one: the user logs in again and the call runs again, and the screen sees only its
 * success (or, if the user gives up, the failure).
 *
 * <p>View models receive a {@code Background}; the window builds one with {@link #forFx}, tests
 * with {@link #inline}, which runs everything on the calling thread and needs no FX toolkit.
 */
public final class Background implements AutoCloseable {

    private static final Logger LOGGER = LoggerFactory.getLogger(Background.class);

    private final Executor worker;
    private volatile boolean closed;
    private final Executor ui;
    private final Localization localization;
    private volatile SessionExpiredHandler sessionExpired;

    /**
     * @param worker runs the service calls; never the UI thread
     * @param ui delivers callbacks on the UI thread
     * @param localization the language failures are told in
     */
    public Background(Executor worker, Executor ui, Localization localization) {
        this.worker = Objects.requireNonNull(worker);
        this.ui = Objects.requireNonNull(ui);
        this.localization = Objects.requireNonNull(localization);
    }

    /** Service calls on a pool of daemon threads, callbacks on the JavaFX application thread. */
    public static Background forFx(Localization localization) {
        return new Background(
                Executors.newCachedThreadPool(daemonThreads("clinica-background-")),
                Platform::runLater,
                localization);
    }

    /** Everything on the calling thread: for view-model tests without the FX toolkit. */
    public static Background inline(Localization localization) {
        return new Background(Runnable::run, Runnable::run, localization);
    }

    /**
     * Runs {@code call} in the background and hands its result to {@code onSuccess}, or a localized
     * {@link Failure} to {@code onFailure}, on the UI thread.
     *
     * @return a handle to abandon the call
     */
    public <T> Cancellable run(
            Supplier<T> call, Consumer<? super T> onSuccess, Consumer<Failure> onFailure) {
        Objects.requireNonNull(call);
        Objects.requireNonNull(onSuccess);
        Objects.requireNonNull(onFailure);
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicReference<FutureTask<Void>> task = new AtomicReference<>();
        submit(call, onSuccess, onFailure, cancelled, task);
        return () -> {
            cancelled.set(true);
            task.get().cancel(true);
        };
    }

    private <T> void submit(
            Supplier<T> call,
            Consumer<? super T> onSuccess,
            Consumer<Failure> onFailure,
            AtomicBoolean cancelled,
            AtomicReference<FutureTask<Void>> task) {
        Runnable retry = () -> submit(call, onSuccess, onFailure, cancelled, task);
        FutureTask<Void> next =
                new FutureTask<>(() -> deliver(call, onSuccess, onFailure, cancelled, retry), null);
        task.set(next);
        if (closed) {
            LOGGER.debug("A background call was dropped: the window is closing");
            return;
        }
        try {
            worker.execute(next);
        } catch (RejectedExecutionException e) {
            // A timer tick already queued on the UI thread may ask for a call after close():
            // nobody is left to show its result.
            LOGGER.debug("A background call was dropped: the window is closing", e);
        }
    }

    /** Like {@link #run} for a call without a result. */
    public Cancellable run(Runnable call, Runnable onSuccess, Consumer<Failure> onFailure) {
        Objects.requireNonNull(call);
        Objects.requireNonNull(onSuccess);
        return run(
                () -> {
                    call.run();
                    return Boolean.TRUE;
                },
                done -> onSuccess.run(),
                onFailure);
    }

    /**
     * Sets who handles calls refused with {@code session.expired}; without one they fail like any
     * other refusal.
     */
    public void onSessionExpired(SessionExpiredHandler handler) {
        this.sessionExpired = Objects.requireNonNull(handler);
    }

    /** Runs a small piece of UI work on the UI thread (e.g. progress reported by a call). */
    public void onUiThread(Runnable action) {
        ui.execute(action);
    }

    @Override
    public void close() {
        closed = true;
        if (worker instanceof ExecutorService) {
            ((ExecutorService) worker).shutdownNow();
        }
    }

    private <T> void deliver(
            Supplier<T> call,
            Consumer<? super T> onSuccess,
            Consumer<Failure> onFailure,
            AtomicBoolean cancelled,
            Runnable retry) {
        try {
            T result = call.get();
            ui.execute(
                    () -> {
                        if (!cancelled.get()) {
                            onSuccess.accept(result);
                        }
                    });
        } catch (SessionExpiredException e) {
            SessionExpiredHandler handler = sessionExpired;
            if (handler != null) {
                Runnable giveUp = () -> fail(e, onFailure, cancelled);
                ui.execute(() -> askAgain(handler, retry, giveUp, cancelled));
                return;
            }
            fail(e, onFailure, cancelled);
        } catch (RuntimeException e) {
            fail(e, onFailure, cancelled);
        }
    }

    private static void askAgain(
            SessionExpiredHandler handler,
            Runnable retry,
            Runnable giveUp,
            AtomicBoolean cancelled) {
        if (!cancelled.get()) {
            LOGGER.info("A call found the session expired; asking for the password again");
            handler.sessionExpired(retry, giveUp);
        }
    }

    private void fail(RuntimeException e, Consumer<Failure> onFailure, AtomicBoolean cancelled) {
        // The top of a background call: every failure ends here and is told to the user.
        ui.execute(
                () -> {
                    if (!cancelled.get()) {
                        onFailure.accept(failureOf(e));
                    }
                });
    }

    private Failure failureOf(RuntimeException e) {
        if (e instanceof ClinicaException) {
            ClinicaException refusal = (ClinicaException) e;
            LOGGER.warn(
                    "Service call refused: {} ({})",
                    refusal.messageKey(),
                    e.getClass().getSimpleName(),
                    e.getCause());
            return new Failure(localization.messages().format(refusal), refusal.field());
        }
        LOGGER.error("Service call failed unexpectedly", e);
        return new Failure(localization.get("error.unexpected"), Optional.empty());
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
