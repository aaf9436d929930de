package es.clinica.service.port;

import es.clinica.domain.DoctorActivity;
import es.clinica.domain.LiveBoard;
import es.clinica.domain.LiveState;
import es.clinica.domain.RankingEntry;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The clinic's live state in Redis besides the queue: today's appointment count ({@code citas_hoy},
 * which starts again at zero at the clinic's midnight), the available doctors ({@code
 * medicos_disponibles}), each doctor's last activity ({@code actividad_medico:<doctorId>}, which
 * expires) and the services ranking ({@code ranking_servicios}); plus the live board snapshot and
 * the rebuild from PostgreSQL.
 *
 * <p>Every method may throw {@link es.clinica.service.UnavailableException} (key {@code
 * store.redis.unavailable}); must not be called on the JavaFX thread.
 */
public interface LiveStateRepository {

    /** Adds one to today's count (an appointment booked for today); returns the new count. */
    long incrementTodaysAppointments();

    /** Takes one from today's count, never below zero (a cancellation); returns the new count. */
    long decrementTodaysAppointments();

    /** Today's count; empty when the counter does not exist (new day, or Redis lost it). */
    OptionalLong todaysAppointments();

    /** Sets today's count (rebuild); it still ends at the clinic's next midnight. */
    void setTodaysAppointments(long count);

    /** Marks the doctor available now. */
    void addAvailableDoctor(long doctorId);

    /** Marks the doctor no longer available. */
    void removeAvailableDoctor(long doctorId);

    /** The available doctors' ids, ascending. */
    List<Long> availableDoctors();

    boolean isAvailable(long doctorId);

    /** Records the doctor's last activity, replacing the previous one; it expires by itself. */
    void recordActivity(DoctorActivity activity);

    /** The doctor's last activity; empty when none or expired. */
    Optional<DoctorActivity> lastActivity(long doctorId);

    /**
     * Adds an invoiced quantity to a service's ranking; a negative one (credit note) takes it back
     * out. A service whose net quantity reaches zero or below leaves the ranking.
     *
     * @return the service's net quantity after the change (zero or below when it left)
     */
    BigDecimal addToRanking(String serviceCode, BigDecimal quantity);

    /** The {@code limit} services with the highest quantity, highest first. */
    List<RankingEntry> topServices(int limit);

    /**
     * Reads the queue, the available doctors, the top {@code rankingLimit} services, today's count
     * and every in-consultation list in one Redis round trip, as one consistent snapshot.
     */
    LiveBoard board(int rankingLimit);

    /**
     * Replaces {@code citas_hoy}, {@code cola_atencion}, every {@code en_consulta:<doctorId>} list
     * and {@code ranking_servicios} with the given state, atomically (readers see the old state or
     * the new one, never a mix). Sessions, available doctors and activities are left alone.
     */
    void rebuild(LiveState state);

    /**
     * Claims the right to rebuild the live state for {@code lease}, so that several workstations
     * that see Redis come back do not all rebuild at once. Claimed only when nobody holds it.
     *
     * @return the claim's token, to give back to {@link #releaseRebuild}; empty when held
     */
    Optional<String> claimRebuild(Duration lease);

    /**
     * Gives back a claim of {@link #claimRebuild}; does nothing when it expired or is another's.
     */
    void releaseRebuild(String token);

    /**
     * How many Redis calls this workstation saw fail since it started, without asking Redis. A
     * count that grew means some write to the live state may have been skipped (the services log
     * and carry on after PostgreSQL committed), even if Redis was down too briefly to be noticed.
     */
    long failuresSeen();
}
