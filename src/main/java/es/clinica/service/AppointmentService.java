package es.clinica.service;

import es.clinica.domain.Appointment;
import es.clinica.domain.AppointmentRequest;
import es.clinica.domain.AppointmentStatus;
import es.clinica.domain.Doctor;
import es.clinica.domain.DoctorActivity;
import es.clinica.domain.QueueEntry;
import es.clinica.service.port.AppointmentRepository;
import es.clinica.service.port.DoctorRepository;
import es.clinica.service.port.DomainRules;
import es.clinica.service.port.LiveStateRepository;
import es.clinica.service.port.PatientRepository;
import es.clinica.service.port.WaitingQueueRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appointments from booking to the end of the consultation. PostgreSQL decides; Redis ({@code
 * citas_hoy}, {@code cola_atencion}, {@code en_consulta:<doctorId>}, activity hashes) is updated
 * after the SQL commit. When Redis cannot be reached the SQL change still stands and the live state
 * is repaired by {@link LiveStateRebuilder}; only calling the next patient and a doctor's
 * availability need Redis, because they live there.
 */
public final class AppointmentService {

    /** Activity codes written to a doctor's activity hash. */
    public static final String ACTIVITY_CALLED = "llamada";

    public static final String ACTIVITY_COMPLETED = "fin";
    public static final String ACTIVITY_AVAILABLE = "disponible";
    public static final String ACTIVITY_AWAY = "ausente";

    private static final Logger LOGGER = LoggerFactory.getLogger(AppointmentService.class);

    private final AccessControl access;
    private final AppointmentRepository appointments;
    private final Names names;
    private final DoctorRepository doctors;
    private final WaitingQueueRepository queue;
    private final LiveStateRepository live;
    private final Clock clock;
    private final ZoneId zone;
    private final ClinicHours hours;

    /**
     * @param clock the clinic's clock (tests fix it)
     * @param zone the clinic's zone: days, opening hours and {@code citas_hoy} follow it
     */
    public AppointmentService(
            AccessControl access,
            AppointmentRepository appointments,
            PatientRepository patients,
            DoctorRepository doctors,
            WaitingQueueRepository queue,
            LiveStateRepository live,
            Clock clock,
            ZoneId zone,
            ClinicHours hours) {
        this.access = access;
        this.appointments = appointments;
        this.names = new Names(patients, doctors);
        this.doctors = doctors;
        this.queue = queue;
        this.live = live;
        this.clock = clock;
        this.zone = zone;
        this.hours = hours;
    }

    /** The doctors who take appointments (active ones), ordered by surname, to book with. */
    public List<Doctor> doctors() {
        access.require(Permission.APPOINTMENT_READ);
        return doctors.findAll(true);
    }

    /**
     * The doctor's free slots on {@code day}: the clinic's opening hours cut into slots, without
     * those already past and those overlapping a live appointment.
     */
    public List<TimeSlot> freeSlots(long doctorId, LocalDate day) {
        access.require(Permission.APPOINTMENT_READ);
        List<Appointment> booked =
                appointments.findByDoctorOnDay(doctorId, day, zone).stream()
                        .filter(a -> a.status().isLive())
                        .toList();
        Instant now = clock.instant();
        List<TimeSlot> free = new ArrayList<>();
        for (TimeSlot slot : slotsOf(day)) {
            if (!slot.startsAt().isBefore(now)
                    && booked.stream().noneMatch(a -> overlaps(a, slot))) {
                free.add(slot);
            }
        }
        return free;
    }

    private List<TimeSlot> slotsOf(LocalDate day) {
        List<TimeSlot> slots = new ArrayList<>();
        for (ClinicHours.Period period : hours.periods()) {
            ZonedDateTime start = day.atTime(period.opens()).atZone(zone);
            ZonedDateTime close = day.atTime(period.closes()).atZone(zone);
            for (ZonedDateTime end = start.plusMinutes(hours.slotMinutes());
                    !end.isAfter(close);
                    start = end, end = end.plusMinutes(hours.slotMinutes())) {
                slots.add(new TimeSlot(start.toInstant(), end.toInstant()));
            }
        }
        return slots;
    }

    private static boolean overlaps(Appointment appointment, TimeSlot slot) {
        return appointment.startsAt().isBefore(slot.endsAt())
                && slot.startsAt().isBefore(appointment.endsAt());
    }

    /**
     * Books an appointment; counts it in {@code citas_hoy} when it is today.
     *
     * @throws InvalidInputException {@code appointment.startsAt.past} (field {@code startsAt}) and
     *     the request's own rules; nothing is written
     * @throws ConflictException {@code appointment.doctor.overlap} or {@code
     *     appointment.patient.overlap} (field {@code startsAt}); nothing is written
     * @throws NotFoundException {@code patient.notFound} / {@code doctor.notFound}
     */
    public Appointment book(AppointmentRequest request) {
        access.require(Permission.APPOINTMENT_WRITE);
        DomainRules.valid(() -> request.requireFuture(clock));
        Appointment booked = appointments.book(request, clock.instant());
        if (isToday(booked)) {
            afterCommit("count a booking", this::countBookingToday);
        }
        return booked;
    }

    private void countBookingToday() {
        OptionalLong counted = live.todaysAppointments();
        if (counted.isPresent()) {
            live.incrementTodaysAppointments();
        } else {
            // A new day, or Redis lost the counter: start from the truth, this booking included.
            live.setTodaysAppointments(appointments.countLiveOnDay(today(), zone));
        }
    }

    /**
     * Cancels a booked or checked-in appointment: it leaves the waiting list and today's count.
     *
     * @throws ConflictException {@code appointment.status.illegal} when it is past that point
     * @throws NotFoundException {@code appointment.notFound}
     */
    public Appointment cancel(long appointmentId) {
        access.require(Permission.APPOINTMENT_WRITE);
        Appointment cancelled =
                appointments.changeStatus(
                        appointmentId, AppointmentStatus.CANCELLED, clock.instant());
        afterCommit("take a cancellation out of the queue", () -> queue.remove(appointmentId));
        uncountIfToday(cancelled);
        return cancelled;
    }

    /**
     * Marks a booked appointment as a no-show; it leaves today's count.
     *
     * @throws ConflictException {@code appointment.status.illegal} unless it is booked
     * @throws NotFoundException {@code appointment.notFound}
     */
    public Appointment markNoShow(long appointmentId) {
        access.require(Permission.APPOINTMENT_WRITE);
        Appointment missed =
                appointments.changeStatus(
                        appointmentId, AppointmentStatus.NO_SHOW, clock.instant());
        uncountIfToday(missed);
        return missed;
    }

    private void uncountIfToday(Appointment appointment) {
        if (isToday(appointment)) {
            afterCommit("uncount an appointment", live::decrementTodaysAppointments);
        }
    }

    /**
     * Records the patient's arrival and puts them at the end of {@code cola_atencion}.
     *
     * @throws ConflictException {@code appointment.status.illegal} unless it is booked
     * @throws NotFoundException {@code appointment.notFound}
     */
    public Appointment checkIn(long appointmentId) {
        access.require(Permission.APPOINTMENT_WRITE);
        Appointment arrived =
                appointments.changeStatus(
                        appointmentId, AppointmentStatus.CHECKED_IN, clock.instant());
        QueueEntry entry = new QueueEntry(arrived.id(), arrived.checkedInAt().orElseThrow());
        afterCommit("put a patient in the queue", () -> queue.join(entry));
        return arrived;
    }

    /**
     * The acting doctor calls the first waiting patient: the entry moves atomically to the doctor's
     * in-consultation list, then the appointment becomes IN_CONSULTATION. An entry whose
     * appointment is no longer checked in (cancelled while Redis was away) is dropped and the next
     * one is called. If PostgreSQL fails, the entry goes back to the queue.
     *
     * @return the appointment now in consultation
     * @throws ConflictException {@code queue.empty} when nobody is waiting; {@code
     *     consultation.notDoctor} when the actor is not a doctor
     * @throws UnavailableException {@code store.redis.unavailable}: the queue lives in Redis
     */
    public Appointment callNext() {
        long doctorId = actingDoctor(access.require(Permission.CONSULTATION_RUN));
        while (true) {
            QueueEntry entry =
                    queue.callNext(doctorId)
                            .orElseThrow(() -> new ConflictException("queue.empty"));
            Optional<Appointment> called = startConsultation(doctorId, entry);
            if (called.isPresent()) {
                recordActivity(doctorId, ACTIVITY_CALLED, called.get().patientId());
                return called.get();
            }
        }
    }

    private Optional<Appointment> startConsultation(long doctorId, QueueEntry entry) {
        try {
            return Optional.of(
                    appointments.changeStatus(
                            entry.appointmentId(),
                            AppointmentStatus.IN_CONSULTATION,
                            clock.instant()));
        } catch (ConflictException | NotFoundException e) {
            LOGGER.warn(
                    "Queue entry of appointment {} is stale ({}); dropped",
                    entry.appointmentId(),
                    e.messageKey());
            queue.complete(doctorId, entry.appointmentId());
            return Optional.empty();
        } catch (ClinicaException e) {
            putBack(doctorId, entry);
            throw e;
        }
    }

    private void putBack(long doctorId, QueueEntry entry) {
        if (queue.inConsultation(doctorId).equals(List.of(entry))) {
            queue.requeue(doctorId);
        } else {
            // Other patients are with this doctor: move only this one, at the end of the queue.
            queue.complete(doctorId, entry.appointmentId());
            queue.join(entry);
        }
    }

    /**
     * Ends the consultation: COMPLETED in PostgreSQL, out of the doctor's in-consultation list.
     *
     * @throws ConflictException {@code appointment.status.illegal} unless in consultation
     * @throws NotFoundException {@code appointment.notFound}
     */
    public Appointment complete(long appointmentId) {
        access.require(Permission.CONSULTATION_RUN);
        Appointment done =
                appointments.changeStatus(
                        appointmentId, AppointmentStatus.COMPLETED, clock.instant());
        afterCommit(
                "end a consultation in Redis",
                () -> queue.complete(done.doctorId(), appointmentId));
        recordActivity(done.doctorId(), ACTIVITY_COMPLETED, done.patientId());
        return done;
    }

    /**
     * The acting doctor joins or leaves {@code medicos_disponibles}.
     *
     * @throws ConflictException {@code consultation.notDoctor} when the actor is not a doctor
     * @throws UnavailableException {@code store.redis.unavailable}
     */
    public void setAvailable(boolean available) {
        long doctorId = actingDoctor(access.require(Permission.CONSULTATION_RUN));
        if (available) {
            live.addAvailableDoctor(doctorId);
        } else {
            live.removeAvailableDoctor(doctorId);
        }
        live.recordActivity(
                new DoctorActivity(
                        doctorId,
                        available ? ACTIVITY_AVAILABLE : ACTIVITY_AWAY,
                        OptionalLong.empty(),
                        clock.instant()));
    }

    /** Today's appointments of every doctor (all statuses), by start, with names. */
    public List<AppointmentEntry> todaysList() {
        access.require(Permission.APPOINTMENT_READ);
        return appointments.findOnDay(today(), zone).stream().map(names::view).toList();
    }

    /** The doctor's appointments on {@code day} (all statuses), by start, with names. */
    public List<AppointmentEntry> ofDoctor(long doctorId, LocalDate day) {
        access.require(Permission.APPOINTMENT_READ);
        return appointments.findByDoctorOnDay(doctorId, day, zone).stream()
                .map(names::view)
                .toList();
    }

    /**
     * One appointment.
     *
     * @throws NotFoundException {@code appointment.notFound}
     */
    public Appointment get(long appointmentId) {
        access.require(Permission.APPOINTMENT_READ);
        return appointments
                .findById(appointmentId)
                .orElseThrow(() -> new NotFoundException("appointment.notFound"));
    }

    private static long actingDoctor(Actor actor) {
        return actor.doctorId().orElseThrow(() -> new ConflictException("consultation.notDoctor"));
    }

    private void recordActivity(long doctorId, String action, long patientId) {
        DoctorActivity activity =
                new DoctorActivity(doctorId, action, OptionalLong.of(patientId), clock.instant());
        afterCommit("record a doctor's activity", () -> live.recordActivity(activity));
    }

    private boolean isToday(Appointment appointment) {
        return LocalDate.ofInstant(appointment.startsAt(), zone).equals(today());
    }

    /** Today in the clinic's zone, by the service clock. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** The clinic's zone, in which appointment times are shown. */
    public ZoneId zone() {
        return zone;
    }

    /** Redis after a committed SQL change: a failure is logged; rebuild-live repairs it. */
    private static void afterCommit(String what, Runnable redisWork) {
        try {
            redisWork.run();
        } catch (UnavailableException e) {
            LOGGER.warn(
                    "Redis did not {}; the live state will be rebuilt from PostgreSQL", what, e);
        }
    }
}
