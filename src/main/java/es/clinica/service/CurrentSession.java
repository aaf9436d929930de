package es.clinica.service;

import es.clinica.domain.SessionInfo;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The session of the person logged in on this workstation: set by {@link AuthService#login},
 * cleared by logout or expiry. Thread-safe: background calls read it while the window logs out.
 */
public final class CurrentSession {

    /**
     * The session and when this workstation last saw it alive in Redis.
     *
     * @param session as stored in Redis
     * @param lastConfirmed the last instant Redis confirmed (or renewed) it
     */
    public record Held(SessionInfo session, Instant lastConfirmed) {}

    private final AtomicReference<Held> held = new AtomicReference<>();

    /** The session held, if somebody is logged in. */
    public Optional<Held> get() {
        return Optional.ofNullable(held.get());
    }

    void set(SessionInfo session, Instant at) {
        held.set(new Held(session, at));
    }

    /** Records that the session was confirmed alive at {@code at}, unless it was replaced. */
    void confirmed(Held seen, Instant at) {
        held.compareAndSet(seen, new Held(seen.session(), at));
    }

    /** Forgets {@code seen}, unless another login replaced it meanwhile. */
    void clear(Held seen) {
        held.compareAndSet(seen, null);
    }

    /** Forgets whatever session is held, returning it. */
    Optional<Held> clear() {
        return Optional.ofNullable(held.getAndSet(null));
    }
}
