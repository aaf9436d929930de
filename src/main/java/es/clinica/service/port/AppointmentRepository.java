package es.clinica.service.port;

import es.clinica.domain.Appointment;
import es.clinica.domain.AppointmentRequest;
import es.clinica.domain.AppointmentStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Appointments in PostgreSQL. The database refuses two overlapping live (not cancelled, not
 * no-show) appointments of one doctor or of one patient, whatever the callers do concurrently.
 * Joins the caller's transaction when there is one.
 */
public interface AppointmentRepository {

    /**
     * Books an appointment in status BOOKED. Does not check that it is in the future (the service
     * does, with its clock: {@link AppointmentRequest#requireFuture}).
     *
     * @param bookedAt when it was booked
     * @throws es.clinica.service.ConflictException {@code appointment.doctor.overlap} or {@code
     *     appointment.patient.overlap} (field {@code startsAt})
     * @throws es.clinica.service.NotFoundException {@code patient.notFound} / {@code
     *     doctor.notFound}
     */
    Appointment book(AppointmentRequest request, Instant bookedAt);

    Optional<Appointment> findById(long appointmentId);

    /**
     * Moves an appointment to {@code target}, recording {@code at} as the time of that change,
     * under a row lock so two concurrent moves are serialised.
     *
     * @throws es.clinica.service.NotFoundException {@code appointment.notFound}
     * @throws es.clinica.service.ConflictException {@code appointment.status.illegal} when {@link
     *     AppointmentStatus#canMoveTo} refuses the move (arguments: current, target)
     */
    Appointment changeStatus(long appointmentId, AppointmentStatus target, Instant at);

    /** A doctor's appointments (all statuses) starting on {@code day} in {@code zone}, by start. */
    List<Appointment> findByDoctorOnDay(long doctorId, LocalDate day, ZoneId zone);

    /** Every appointment (all statuses) starting on {@code day} in {@code zone}, by start. */
    List<Appointment> findOnDay(LocalDate day, ZoneId zone);

    /** A patient's appointments, most recent first. */
    List<Appointment> findByPatient(long patientId);

    /**
     * Appointments now CHECKED_IN, in arrival order (checked_in_at, then id): the content of {@code
     * cola_atencion}.
     */
    List<Appointment> findCheckedIn();

    /** Appointments now IN_CONSULTATION (to rebuild each doctor's in-consultation list). */
    List<Appointment> findInConsultation();

    /** How many live appointments start on {@code day} in {@code zone}: {@code citas_hoy}. */
    long countLiveOnDay(LocalDate day, ZoneId zone);

    /**
     * Stores past appointments exactly as given, statuses and times included (seeding a clinic's
     * history), in one bulk write: all or none. The ids given are ignored.
     *
     * @return the stored appointments with their ids, in the order given
     * @throws es.clinica.service.ConflictException {@code appointment.doctor.overlap} or {@code
     *     appointment.patient.overlap} when two live ones overlap
     */
    List<Appointment> insertAll(List<Appointment> appointments);
}
