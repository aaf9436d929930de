package es.clinica.app.cli;

import es.clinica.service.ClinicServices;
import es.clinica.service.LiveStateRebuilder;
import es.clinica.service.UnavailableException;
import java.util.List;

/** The part of {@code check} that compares Redis's live state with PostgreSQL. */
public final class LiveStateCheck implements Check {

    @Override
    public List<Finding> run(ClinicServices services) {
        return findings(services.liveState());
    }

    /** The same look on a rebuilder wired elsewhere (the store-restart and soak tests use it). */
    public List<Finding> findings(LiveStateRebuilder liveState) {
        try {
            return liveState.inconsistencies().stream()
                    .map(i -> new Finding(true, i.messageKey(), i.arguments()))
                    .toList();
        } catch (UnavailableException e) {
            return List.of(new Finding(true, e.messageKey(), e.arguments()));
        }
    }
}
