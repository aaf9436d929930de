package es.clinica.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One consistent snapshot of the clinic's live state, read in a single Redis round trip.
 *
 * @param queue waiting patients in arrival order
 * @param availableDoctors ids of the doctors available now, ascending
 * @param ranking services by quantity invoiced, highest first
 * @param todaysAppointments today's appointment count ({@code citas_hoy}); 0 when absent
 * @param inConsultation per doctor id, the entries that doctor called and has not completed;
 *     doctors with nothing in consultation are left out
 * @param readAt when the snapshot was taken (the workstation's clock)
 */
public record LiveBoard(
        List<QueueEntry> queue,
        List<Long> availableDoctors,
        List<RankingEntry> ranking,
        long todaysAppointments,
        Map<Long, List<QueueEntry>> inConsultation,
        Instant readAt) {

    public LiveBoard {
        queue = List.copyOf(queue);
        availableDoctors = List.copyOf(availableDoctors);
        ranking = List.copyOf(ranking);
        inConsultation = Map.copyOf(inConsultation);
        Objects.requireNonNull(readAt, "readAt");
    }
}
