package es.clinica.service.port;

import es.clinica.domain.RuleViolation;
import es.clinica.service.InvalidInputException;
import java.util.function.Supplier;

/**
 * Runs domain construction or validation and turns a {@link RuleViolation} into the service layer's
 * {@link InvalidInputException}, keeping its key, field and arguments.
 */
public final class DomainRules {

    private DomainRules() {}

    /**
     * @return what {@code rule} built
     * @throws InvalidInputException when a domain rule refused the input
     */
    public static <T> T valid(Supplier<T> rule) {
        try {
            return rule.get();
        } catch (RuleViolation e) {
            throw invalid(e);
        }
    }

    /** The {@link InvalidInputException} saying the same as {@code violation}. */
    public static InvalidInputException invalid(RuleViolation violation) {
        return new InvalidInputException(
                violation.messageKey(),
                violation.field().orElse(null),
                violation,
                violation.arguments().toArray());
    }
}
