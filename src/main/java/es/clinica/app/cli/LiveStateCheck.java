package es.clinica.app.cli;

import es.clinica.service.ClinicServices;
import es.clinica.service.UnavailableException;
import java.util.List;

/** The part of {@code check} that compares Redis's live state with PostgreSQL. */
public final class LiveStateCheck implements Check {

    @Override
    public List<Finding> run(ClinicServices services) {
        try {
            return services.liveState().inconsistencies().stream()
                    .map(i -> new Finding(true, i.messageKey(), i.arguments()))
                    .toList();
        } catch (UnavailableException e) {
            return List.of(new Finding(true, e.messageKey(), e.arguments()));
        }
    }
}
