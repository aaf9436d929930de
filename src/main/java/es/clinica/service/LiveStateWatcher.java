package es.clinica.service;

import es.clinica.service.port.LiveStateRepository;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives Redis its live state back by itself. Every period it reads {@code citas_hoy}: when Redis
 * answers again after not answering, or after calls of this workstation failed in between (so
 * check-ins, counts or ranking moves made meanwhile reached only PostgreSQL), or when the counter
 * is gone (a Redis restarted without its data, or a new day), it rebuilds the live state from
 * PostgreSQL with {@link LiveStateRebuilder}, once, on its own daemon thread.
 *
 * <p>Several workstations see the same Redis come back: a short lease in Redis ({@link
 * LiveStateRepository#claimRebuild}) lets one of them rebuild and the others skip.
 *
 * <p>The rebuild reads PostgreSQL, then replaces Redis's lists in one transaction. A check-in
 * committed between the read and the write, whose Redis push lands before the write, is erased by
 * the write; so after each rebuild the watcher compares Redis with PostgreSQL again and rebuilds
 * once more while they disagree, at most {@link #PASSES} times. A push that lands after the write
 * is harmless: joining the queue is idempotent.
 *
 * <p>A difference can also arise with no failure to see: a booking counted while another
 * workstation's rebuild was writing an older count, or a commit whose answer was lost. So each look
 * also compares Redis with PostgreSQL, and rebuilds when the same differences are found at two
 * looks in a row: work in flight between two stores shows at one look only.
 */
public final class LiveStateWatcher implements AutoCloseable {

    /** What one look found and did. */
    public enum Outcome {
        /** Redis answered and holds the live state: nothing to do. */
        IN_ORDER,
        /** Redis did not answer; it is rebuilt once it does. */
        REDIS_DOWN,
        /** The live state was rebuilt from PostgreSQL. */
        REBUILT,
        /** Another workstation holds the rebuild lease. */
        LEFT_TO_ANOTHER,
        /** A rebuild was due but a store failed; it is tried again at the next look. */
        POSTPONED
    }

    /** How many rebuilds one recovery may take while Redis and PostgreSQL still disagree. */
    public static final int PASSES = 3;

    private static final Logger LOGGER = LoggerFactory.getLogger(LiveStateWatcher.class);
    private static final Duration LEASE = Duration.ofSeconds(30);

    private final LiveStateRebuilder rebuilder;
    private final LiveStateRepository live;
    private final Duration period;
    private long failuresAtLastLook;
    private boolean redisDown;
    private boolean rebuildOwed;
    private List<LiveStateRebuilder.Inconsistency> differencesAtLastLook = List.of();
    private ScheduledExecutorService executor;

    /**
     * @param period how often Redis is looked at; a restart shows within one period
     */
    public LiveStateWatcher(
            LiveStateRebuilder rebuilder, LiveStateRepository live, Duration period) {
        this.rebuilder = rebuilder;
        this.live = live;
        this.period = period;
        this.failuresAtLastLook = live.failuresSeen();
    }

    /** Starts looking in the background; calling it again does nothing. */
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = DaemonThread.named("clinica-live-state-watcher");
        long millis = period.toMillis();
        executor.scheduleWithFixedDelay(
                this::backgroundLook, millis, millis, TimeUnit.MILLISECONDS);
    }

    /**
     * Looks once on the caller's thread and rebuilds when due. The background thread calls it;
     * tests and commands may too.
     */
    public synchronized Outcome lookOnce() {
        boolean counterPresent;
        try {
            counterPresent = live.todaysAppointments().isPresent();
        } catch (UnavailableException e) {
            if (!redisDown) {
                LOGGER.warn("Redis does not answer; its live state is rebuilt when it is back");
            }
            redisDown = true;
            return Outcome.REDIS_DOWN;
        }
        if (redisDown) {
            LOGGER.info("Redis answers again: rebuilding the live state from PostgreSQL");
            redisDown = false;
            rebuildOwed = true;
        }
        long failures = live.failuresSeen();
        if (failures != failuresAtLastLook) {
            LOGGER.info("Redis calls failed since the last look: rebuilding the live state");
            failuresAtLastLook = failures;
            rebuildOwed = true;
        }
        if (!counterPresent) {
            LOGGER.info("citas_hoy is missing: rebuilding the live state from PostgreSQL");
            rebuildOwed = true;
        }
        if (!rebuildOwed && differsSinceLastLook()) {
            LOGGER.info("Redis and PostgreSQL disagree at two looks: rebuilding the live state");
            rebuildOwed = true;
        }
        return rebuildOwed ? rebuildOnce() : Outcome.IN_ORDER;
    }

    /** Whether this look finds the same, non-empty differences as the previous one. */
    private boolean differsSinceLastLook() {
        List<LiveStateRebuilder.Inconsistency> differences;
        try {
            differences = rebuilder.inconsistencies();
        } catch (UnavailableException e) {
            differences = List.of();
        }
        boolean persistent = !differences.isEmpty() && differences.equals(differencesAtLastLook);
        differencesAtLastLook = persistent ? List.of() : differences;
        return persistent;
    }

    private Outcome rebuildOnce() {
        try {
            Optional<String> lease = live.claimRebuild(LEASE);
            if (lease.isEmpty()) {
                LOGGER.info("Another workstation is rebuilding the live state");
                rebuildOwed = false;
                return Outcome.LEFT_TO_ANOTHER;
            }
            try {
                rebuildUntilConsistent();
            } finally {
                live.releaseRebuild(lease.get());
            }
            rebuildOwed = false;
            return Outcome.REBUILT;
        } catch (UnavailableException e) {
            LOGGER.warn("Live state not rebuilt ({}); trying again shortly", e.messageKey());
            return Outcome.POSTPONED;
        }
    }

    private void rebuildUntilConsistent() {
        for (int pass = 1; pass <= PASSES; pass++) {
            rebuilder.rebuild();
            int differences = rebuilder.inconsistencies().size();
            if (differences == 0) {
                return;
            }
            LOGGER.info(
                    "Rebuild pass {}: {} differences from work done meanwhile", pass, differences);
        }
        LOGGER.warn("The live state still differs after {} rebuilds; check reports it", PASSES);
    }

    private void backgroundLook() {
        try {
            lookOnce();
        } catch (RuntimeException e) { // NOPMD: top of the watcher thread; it must keep running
            LOGGER.error("Live state look failed; looking again at the next period", e);
        }
    }

    /** Stops the background thread, letting a rebuild in progress finish. */
    @Override
    public synchronized void close() {
        if (executor == null) {
            return;
        }
        // No wait here: a look in progress holds this object's lock, and ends by itself.
        executor.shutdownNow();
        executor = null;
    }
}
