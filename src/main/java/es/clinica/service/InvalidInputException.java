package es.clinica.service;

/** The input breaks a rule of the clinic; {@link #field()} names the field at fault. */
public class InvalidInputException extends ClinicaException {

    private static final long serialVersionUID = 1L;

    public InvalidInputException(String messageKey, Object... arguments) {
        super(messageKey, null, null, arguments);
    }

    public InvalidInputException(
            String messageKey, String field, Throwable cause, Object... arguments) {
        super(messageKey, field, cause, arguments);
    }
}
