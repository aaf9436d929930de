package es.clinica.app.cli;

import es.clinica.service.ClinicServices;
import es.clinica.service.StoreConsistency;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code check}'s look at patients across PostgreSQL and MongoDB: outbox entries stuck for more
 * than {@link #STUCK_AFTER}, and profiles whose patient is missing.
 */
public final class PatientStoresCheck implements Check {

    /** How old an unapplied outbox entry must be to count as stuck. */
    public static final Duration STUCK_AFTER = Duration.ofMinutes(10);

    private static final int SHOWN_IDS = 20;

    @Override
    public List<Finding> run(ClinicServices services) {
        return findings(services.consistency());
    }

    /** The same look on a consistency service wired elsewhere (store-restart and soak tests). */
    public List<Finding> findings(StoreConsistency consistency) {
        List<Finding> findings = new ArrayList<>();
        long pending = consistency.pendingOutboxEntries();
        findings.add(new Finding(false, "check.outbox.pending", List.of(pending)));
        long stuck = consistency.stuckOutboxEntries(STUCK_AFTER);
        if (stuck > 0) {
            findings.add(
                    new Finding(
                            true, "check.outbox.stuck", List.of(stuck, STUCK_AFTER.toMinutes())));
        }
        List<Long> orphans = consistency.orphanProfiles();
        if (!orphans.isEmpty()) {
            List<Long> shown = orphans.subList(0, Math.min(SHOWN_IDS, orphans.size()));
            findings.add(
                    new Finding(
                            true,
                            "check.profile.orphan",
                            List.of(orphans.size(), shown.toString())));
        }
        return findings;
    }
}
