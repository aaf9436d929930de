package es.clinica.ui.fx;

/**
 * What the window does when a background call is refused because the session ended ({@code
 * session.expired}): it asks for the password again over the current screen. Set once on the
 * window's {@link Background} with {@link Background#onSessionExpired}, so every screen gets it
 * without code of its own.
 */
@FunctionalInterface
public interface SessionExpiredHandler {

    /**
     * Called on the UI thread, once per refused call. Exactly one of the two actions must be run,
     * on the UI thread: the screen's callbacks wait for it.
     *
     * @param retry runs the refused call again (after a new login) with the screen's own callbacks;
     *     safe, because an expired session never performed any of the call's work
     * @param giveUp hands the screen the {@code session.expired} failure instead (the user logged
     *     out)
     */
    void sessionExpired(Runnable retry, Runnable giveUp);
}
