package es.clinica.service;

/** A store (PostgreSQL, MongoDB or Redis) cannot be reached or did not answer in time. */
public class UnavailableException extends ClinicaException {

    private static final long serialVersionUID = 1L;

    public UnavailableException(String messageKey, Object... arguments) {
        super(messageKey, null, null, arguments);
    }

    public UnavailableException(
            String messageKey, String field, Throwable cause, Object... arguments) {
        super(messageKey, field, cause, arguments);
    }
}
