package es.clinica.service.port;

import es.clinica.domain.QueueEntry;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The waiting list ({@code cola_atencion}) and each doctor's in-consultation list ({@code
 * en_consulta:<doctorId>}) in Redis, as a reliable queue: calling the next patient moves the entry
 * atomically from the waiting list to the doctor's list, where it stays until the consultation is
 * completed, so two doctors never get the same patient and a crash loses nobody.
 *
 * <p>Every method may throw {@link es.clinica.service.UnavailableException} (key {@code
 * store.redis.unavailable}); must not be called on the JavaFX thread.
 */
public interface WaitingQueueRepository {

    /**
     * Puts a checked-in appointment at the end of the waiting list; an entry already there (the
     * same appointment and arrival time) is not added twice.
     */
    void join(QueueEntry entry);

    /**
     * Takes an appointment out of the waiting list (cancelled, no-show), whatever its check-in
     * time.
     *
     * @return {@code false} when it was not waiting
     */
    boolean remove(long appointmentId);

    /**
     * Moves the first waiting entry to the doctor's in-consultation list, atomically.
     *
     * @return the called entry; empty when nobody is waiting
     */
    Optional<QueueEntry> callNext(long doctorId);

    /**
     * Ends a consultation: takes the appointment out of the doctor's in-consultation list.
     *
     * @return {@code false} when it was not in that list
     */
    boolean complete(long doctorId, long appointmentId);

    /** The waiting entries in arrival order. */
    List<QueueEntry> waiting();

    /**
     * How many entries of the waiting list cannot be read (not {@code <appointmentId>|<millis>}):
     * {@link #waiting()} skips them, so only this count shows that they are there.
     */
    long malformedWaiting();

    /** The entries the doctor called and has not completed, in calling order. */
    List<QueueEntry> inConsultation(long doctorId);

    /** Every doctor's non-empty in-consultation list. */
    Map<Long, List<QueueEntry>> allInConsultation();

    /**
     * Puts the doctor's in-consultation entries back at the head of the waiting list, in their
     * order (recovery after a doctor's workstation crashed).
     *
     * @return how many entries went back
     */
    int requeue(long doctorId);

    /** The 0-based place of the appointment in the waiting list; empty when not waiting. */
    OptionalLong position(long appointmentId);
}
