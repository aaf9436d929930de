package es.clinica.service;

/**
 * Nobody is logged in on this workstation, or the session ended (idle too long, logged out). The
 * screen asks for the login again and keeps what was typed; nothing was written.
 */
public class SessionExpiredException extends AccessDeniedException {

    private static final long serialVersionUID = 1L;

    public SessionExpiredException() {
        super("session.expired");
    }
}
