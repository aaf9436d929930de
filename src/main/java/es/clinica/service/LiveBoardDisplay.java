package es.clinica.service;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The live board as the panel shows it: the Redis snapshot with names and waiting times.
 *
 * @param status whether the live state could be read; when {@link Status#UNAVAILABLE} the lists are
 *     empty because nothing is known, not because nobody waits
 * @param queue waiting patients in arrival order
 * @param inConsultation patients called in, per doctor in doctor id order, then calling order
 * @param availableDoctors doctors available now
 * @param ranking services by quantity invoiced, highest first
 * @param todaysAppointments {@code citas_hoy}
 * @param readAt when the snapshot was taken
 */
public record LiveBoardDisplay(
        Status status,
        List<QueueRow> queue,
        List<ConsultationRow> inConsultation,
        List<DoctorRow> availableDoctors,
        List<RankingRow> ranking,
        long todaysAppointments,
        Instant readAt) {

    /** Whether the board holds the live state. */
    public enum Status {
        LIVE,
        UNAVAILABLE
    }

    public LiveBoardDisplay {
        queue = List.copyOf(queue);
        inConsultation = List.copyOf(inConsultation);
        availableDoctors = List.copyOf(availableDoctors);
        ranking = List.copyOf(ranking);
    }

    /** The board when Redis cannot be read. */
    public static LiveBoardDisplay unavailable(Instant at) {
        return new LiveBoardDisplay(
                Status.UNAVAILABLE, List.of(), List.of(), List.of(), List.of(), 0, at);
    }

    /**
     * A waiting patient.
     *
     * @param waiting since check-in, by the workstation's clock
     */
    public record QueueRow(
            long appointmentId,
            String patientName,
            String doctorName,
            Instant checkedInAt,
            Duration waiting) {}

    /**
     * A patient with a doctor.
     *
     * @param sinceCheckIn time since the patient arrived
     */
    public record ConsultationRow(
            long doctorId,
            String doctorName,
            long appointmentId,
            String patientName,
            Duration sinceCheckIn) {}

    /** An available doctor. */
    public record DoctorRow(long doctorId, String name) {}

    /** A service of the ranking with its catalog name. */
    public record RankingRow(String serviceCode, String serviceName, BigDecimal quantity) {}
}
