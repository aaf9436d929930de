package es.clinica.service;

/** Something asked for does not exist (a patient, an appointment, a note). */
public class NotFoundException extends ClinicaException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String messageKey, Object... arguments) {
        super(messageKey, null, null, arguments);
    }

    public NotFoundException(
            String messageKey, String field, Throwable cause, Object... arguments) {
        super(messageKey, field, cause, arguments);
    }
}
