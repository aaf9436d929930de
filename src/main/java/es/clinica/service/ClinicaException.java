package es.clinica.service;

import java.util.List;
import java.util.Optional;

/**
 * The application's one exception family. Every refusal or failure a person may see is one of its
 * subclasses, carrying a message key of the {@code messages} bundle and its arguments, so the
 * screen or the command line can say it in the user's language. The technical cause, if any, is
 * kept for the log only.
 */
public abstract class ClinicaException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient List<Object> arguments;
    private final String field;

    /**
     * @param messageKey bundle key of the sentence shown to the user
     * @param field name of the input field at fault, or {@code null} when none is
     * @param cause technical cause for the log, or {@code null}
     * @param arguments values for the {@code {0}}-style placeholders of the sentence
     */
    protected ClinicaException(
            String messageKey, String field, Throwable cause, Object... arguments) {
        super(messageKey, cause);
        this.messageKey = messageKey;
        this.field = field;
        this.arguments = List.of(arguments);
    }

    /** The bundle key of the sentence to show. */
    public String messageKey() {
        return messageKey;
    }

    /** The placeholder values of the sentence, in order. */
    public List<Object> arguments() {
        return arguments;
    }

    /** The input field this refusal is about, when there is one. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
