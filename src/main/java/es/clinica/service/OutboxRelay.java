package es.clinica.service;

import es.clinica.domain.OutboxEntry;
import es.clinica.service.port.OutboxRepository;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries committed outbox entries to the store they are bound for (MongoDB), idempotently, and
 * retries with the outbox's back-off while that store is down. One daemon thread does the work in
 * the background; {@link #nudge()} wakes it right after a commit so a profile normally lands within
 * moments. {@link #runOnce()} does one pass on the caller's thread, for tests and commands.
 */
public final class OutboxRelay implements AutoCloseable {

    /** Applies one kind of entry; must be idempotent (the same entry may come twice). */
    @FunctionalInterface
    public interface Handler {

        /**
         * @throws UnavailableException when the target store cannot be reached (retried later)
         * @throws ClinicaException when the entry cannot be applied (retried with back-off)
         */
        void apply(OutboxEntry entry);
    }

    private static final Logger LOGGER = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 100;
    private static final Duration LEASE = Duration.ofMinutes(1);
    private static final Duration IDLE_POLL = Duration.ofSeconds(2);

    private final OutboxRepository outbox;
    private final Clock clock;
    private final Map<String, Handler> handlers = new ConcurrentHashMap<>();
    private final AtomicBoolean outage = new AtomicBoolean();
    private final AtomicBoolean nudged = new AtomicBoolean();
    private final Object passLock = new Object();
    private ScheduledExecutorService executor;

    public OutboxRelay(OutboxRepository outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Applies entries of {@code aggregateType} with {@code handler}; replaces a previous one. */
    public OutboxRelay register(String aggregateType, Handler handler) {
        handlers.put(aggregateType, handler);
        return this;
    }

    /** Starts the background thread; calling it again does nothing. */
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = DaemonThread.named("clinica-outbox-relay");
        executor.scheduleWithFixedDelay(
                this::backgroundPass, 0, IDLE_POLL.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Asks the background thread to look now (after a commit); cheap, never blocks. */
    public void nudge() {
        ScheduledExecutorService running;
        synchronized (this) {
            running = executor;
        }
        if (running != null && nudged.compareAndSet(false, true)) {
            running.execute(
                    () -> {
                        nudged.set(false);
                        backgroundPass();
                    });
        }
    }

    /**
     * Claims the due entries and applies them until none is due or the target store is down.
     *
     * @return how many entries were applied
     * @throws UnavailableException when PostgreSQL cannot be reached
     */
    public int runOnce() {
        synchronized (passLock) {
            int applied = 0;
            List<OutboxEntry> batch = outbox.claimDue(BATCH, clock.instant(), LEASE);
            while (!batch.isEmpty()) {
                int done = applyAll(batch);
                applied += done;
                if (done < batch.size()) {
                    return applied;
                }
                batch = outbox.claimDue(BATCH, clock.instant(), LEASE);
            }
            return applied;
        }
    }

    /** Entries not applied yet, for the status bar and {@code check}. */
    public long pendingCount() {
        return outbox.countPending();
    }

    /** Whether the last attempt found the target store down. */
    public boolean inOutage() {
        return outage.get();
    }

    private int applyAll(List<OutboxEntry> batch) {
        int applied = 0;
        for (int i = 0; i < batch.size(); i++) {
            OutboxEntry entry = batch.get(i);
            try {
                apply(entry);
                outbox.markProcessed(entry.id(), clock.instant());
                applied++;
                recovered();
            } catch (UnavailableException e) {
                // The store is down: the rest of the batch would only wait for the same timeout.
                batch.subList(i, batch.size())
                        .forEach(e2 -> outbox.markFailed(e2.id(), e.messageKey(), clock.instant()));
                wentDown(e);
                return applied;
            } catch (ClinicaException e) {
                LOGGER.warn("Outbox entry {} could not be applied: {}", entry.id(), e.messageKey());
                outbox.markFailed(entry.id(), e.messageKey(), clock.instant());
            }
        }
        return applied;
    }

    private void apply(OutboxEntry entry) {
        Handler handler = handlers.get(entry.aggregateType());
        if (handler == null) {
            throw new InvalidInputException("outbox.type.unknown", entry.aggregateType());
        }
        handler.apply(entry);
    }

    private void wentDown(UnavailableException e) {
        if (outage.compareAndSet(false, true)) {
            LOGGER.warn(
                    "Outbox relay: the target store is unreachable ({}); changes stay queued"
                            + " in PostgreSQL and are retried with back-off",
                    e.messageKey());
        }
    }

    private void recovered() {
        if (outage.compareAndSet(true, false)) {
            LOGGER.info("Outbox relay: the target store answers again; delivering queued changes");
        }
    }

    private void backgroundPass() {
        try {
            runOnce();
        } catch (UnavailableException e) {
            wentDown(e);
        } catch (RuntimeException e) { // NOPMD: top of the relay thread; it must keep running
            LOGGER.error("Outbox relay pass failed; retrying at the next poll", e);
        }
    }

    /** Stops the background thread, letting a pass in progress finish its entry. */
    @Override
    public synchronized void close() {
        if (executor == null) {
            return;
        }
        DaemonThread.stop(executor, Duration.ofSeconds(10), LOGGER);
        executor = null;
    }
}
