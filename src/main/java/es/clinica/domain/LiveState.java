package es.clinica.domain;

import java.util.List;
import java.util.Map;

/**
 * The derived live state as recomputed from PostgreSQL, to replace what Redis holds.
 *
 * @param todaysAppointments the value for {@code citas_hoy}
 * @param queue checked-in appointments not yet called, in arrival order
 * @param inConsultation per doctor id, appointments in consultation with that doctor, in the order
 *     they were called
 * @param ranking net quantity invoiced per service code; zero or negative ones are left out
 */
public record LiveState(
        long todaysAppointments,
        List<QueueEntry> queue,
        Map<Long, List<QueueEntry>> inConsultation,
        List<RankingEntry> ranking) {

    public LiveState {
        queue = List.copyOf(queue);
        inConsultation = Map.copyOf(inConsultation);
        ranking = List.copyOf(ranking);
    }
}
