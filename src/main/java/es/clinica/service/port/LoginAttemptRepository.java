package es.clinica.service.port;

/**
 * Failed login attempts per user name (Redis {@code intentos_login:<username>}), counted in a
 * window of 15 minutes that starts again with every failure, for the lockout rule.
 *
 * <p>Every method may throw {@link es.clinica.service.UnavailableException} (key {@code
 * store.redis.unavailable}); must not be called on the JavaFX thread.
 */
public interface LoginAttemptRepository {

    /**
     * Counts one more failure and restarts the 15-minute window.
     *
     * @return the failures in the window, this one included
     */
    long recordFailure(String username);

    /** The failures in the current window; 0 when none or the window has passed. */
    long failures(String username);

    /** Forgets the failures (after a successful login or an administrator's unlock). */
    void reset(String username);
}
