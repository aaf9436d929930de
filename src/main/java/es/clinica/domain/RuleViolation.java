package es.clinica.domain;

import java.util.List;
import java.util.Optional;

/**
 * A value breaks one of the clinic's rules. The domain cannot depend on the service layer, so it
 * throws this; the service layer (see {@code es.clinica.service.port.DomainRules}) turns it into an
 * {@code InvalidInputException} with the same key, field and arguments.
 */
public final class RuleViolation extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final String field;
    private final transient List<Object> arguments;

    /**
     * @param messageKey bundle key of the sentence shown to the user
     * @param field the input field at fault, never {@code null}
     * @param arguments values of the sentence's placeholders
     */
    public RuleViolation(String messageKey, String field, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.field = field;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    public List<Object> arguments() {
        return arguments;
    }
}
