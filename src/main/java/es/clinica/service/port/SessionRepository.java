package es.clinica.service.port;

import es.clinica.domain.SessionInfo;
import java.time.Duration;
import java.util.Optional;

/**
 * Login sessions (Redis {@code sesion:<token>} hashes) that expire by themselves after the
 * configured idle time unless renewed.
 *
 * <p>Every method may throw {@link es.clinica.service.UnavailableException} (key {@code
 * store.redis.unavailable}) when Redis cannot be reached or does not answer in time, and must not
 * be called on the JavaFX thread.
 */
public interface SessionRepository {

    /** Stores the session with the full idle time to live, atomically with its expiry. */
    void create(SessionInfo session);

    /** The live session of this token; empty when unknown, expired or logged out. */
    Optional<SessionInfo> findByToken(String token);

    /**
     * Gives the session its full idle time to live again (on activity).
     *
     * @return {@code false} when the session no longer exists
     */
    boolean renew(String token);

    /** Ends the session (logout); nothing happens when it is already gone. */
    void delete(String token);

    /**
     * Ends every session of one account at once, on every workstation (the account was deactivated
     * or its password reset): their next call finds no session.
     *
     * @param keptToken a session to leave open (the administrator's own, resetting their own
     *     password); may be empty
     * @return how many sessions were still open
     */
    long deleteAllOf(long accountId, Optional<String> keptToken);

    /** How long the session has left; empty when it no longer exists. */
    Optional<Duration> timeToLive(String token);
}
