package es.clinica.app.cli;

import es.clinica.service.ClinicServices;
import java.util.List;

/**
 * One more thing {@code check} verifies once the three stores answer, such as the consistency of
 * Redis with PostgreSQL. Implementations are added to {@link Cli#standard()}.
 */
@FunctionalInterface
public interface Check {

    /**
     * Looks and reports; changes nothing.
     *
     * @return what it found, empty when everything is in order
     */
    List<Finding> run(ClinicServices services);

    /**
     * One line of the report.
     *
     * @param problem whether it makes {@code check} fail
     * @param messageKey bundle key of the sentence
     * @param arguments its placeholder values
     */
    record Finding(boolean problem, String messageKey, List<Object> arguments) {}
}
