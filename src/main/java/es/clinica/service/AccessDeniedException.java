package es.clinica.service;

/**
 * The acting person may not do this: wrong credentials, a locked account, a role without the
 * permission, or a note that is not theirs. Nothing was written.
 */
public class AccessDeniedException extends ClinicaException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String messageKey, Object... arguments) {
        super(messageKey, null, null, arguments);
    }
}
