package es.clinica.service;

/**
 * The request contradicts what the stores already hold: a double booking, a duplicate national id,
 * a note already signed.
 */
public class ConflictException extends ClinicaException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String messageKey, Object... arguments) {
        super(messageKey, null, null, arguments);
    }

    public ConflictException(
            String messageKey, String field, Throwable cause, Object... arguments) {
        super(messageKey, field, cause, arguments);
    }
}
