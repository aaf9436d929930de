package es.clinica.service;

import es.clinica.domain.Appointment;
import es.clinica.domain.CatalogItem;
import es.clinica.domain.LiveBoard;
import es.clinica.domain.QueueEntry;
import es.clinica.domain.RankingEntry;
import es.clinica.service.port.AppointmentRepository;
import es.clinica.service.port.CatalogRepository;
import es.clinica.service.port.DoctorRepository;
import es.clinica.service.port.LiveStateRepository;
import es.clinica.service.port.PatientRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live panel and the waiting-room screen. Each refresh reads Redis once ({@link
 * LiveStateRepository#board}); names come from PostgreSQL through small caches, so a steady board
 * costs no SQL. Call it off the JavaFX thread.
 */
public final class LiveBoardService {

    /** How many services the ranking shows. */
    public static final int RANKING_SIZE = 10;

    private static final Logger LOGGER = LoggerFactory.getLogger(LiveBoardService.class);
    private static final int CACHE_LIMIT = 5_000;

    private final AccessControl access;
    private final LiveStateRepository live;
    private final AppointmentRepository appointments;
    private final CatalogRepository catalog;
    private final Names names;
    private final Clock clock;
    private final Map<Long, Appointment> appointmentCache = new ConcurrentHashMap<>();
    private final Map<String, String> serviceNames = new ConcurrentHashMap<>();

    public LiveBoardService(
            AccessControl access,
            LiveStateRepository live,
            AppointmentRepository appointments,
            PatientRepository patients,
            DoctorRepository doctors,
            CatalogRepository catalog,
            Clock clock) {
        this.access = access;
        this.live = live;
        this.appointments = appointments;
        this.catalog = catalog;
        this.names = new Names(patients, doctors);
        this.clock = clock;
    }

    /**
     * The board with names and waiting times; {@link LiveBoardDisplay.Status#UNAVAILABLE} when
     * Redis cannot be read.
     */
    public LiveBoardDisplay board() {
        access.require(Permission.LIVE_READ);
        Optional<LiveBoard> snapshot = snapshot();
        if (snapshot.isEmpty()) {
            return LiveBoardDisplay.unavailable(clock.instant());
        }
        LiveBoard board = snapshot.get();
        Instant now = clock.instant();
        return new LiveBoardDisplay(
                LiveBoardDisplay.Status.LIVE,
                board.queue().stream().map(e -> queueRow(e, now)).toList(),
                consultationRows(board, now),
                board.availableDoctors().stream()
                        .map(id -> new LiveBoardDisplay.DoctorRow(id, names.doctor(id)))
                        .toList(),
                board.ranking().stream().map(this::rankingRow).toList(),
                board.todaysAppointments(),
                board.readAt());
    }

    /** The waiting room's screen: called patients by short name and doctor, nothing clinical. */
    public WaitingRoomDisplay waitingRoom() {
        access.require(Permission.LIVE_READ);
        Optional<LiveBoard> snapshot = snapshot();
        if (snapshot.isEmpty()) {
            return new WaitingRoomDisplay(false, List.of(), 0);
        }
        List<WaitingRoomDisplay.Call> calls = new ArrayList<>();
        new TreeMap<>(snapshot.get().inConsultation())
                .forEach(
                        (doctorId, entries) ->
                                entries.forEach(
                                        e ->
                                                calls.add(
                                                        new WaitingRoomDisplay.Call(
                                                                names.patientShort(
                                                                        appointment(e).patientId()),
                                                                names.doctor(doctorId)))));
        return new WaitingRoomDisplay(true, calls, snapshot.get().queue().size());
    }

    private Optional<LiveBoard> snapshot() {
        try {
            return Optional.of(live.board(RANKING_SIZE));
        } catch (UnavailableException e) {
            LOGGER.warn("The live board cannot be read: Redis does not answer", e);
            return Optional.empty();
        }
    }

    private LiveBoardDisplay.QueueRow queueRow(QueueEntry entry, Instant now) {
        Appointment appointment = appointment(entry);
        return new LiveBoardDisplay.QueueRow(
                entry.appointmentId(),
                names.patient(appointment.patientId()),
                names.doctor(appointment.doctorId()),
                entry.checkedInAt(),
                since(entry, now));
    }

    private List<LiveBoardDisplay.ConsultationRow> consultationRows(LiveBoard board, Instant now) {
        List<LiveBoardDisplay.ConsultationRow> rows = new ArrayList<>();
        new TreeMap<>(board.inConsultation())
                .forEach(
                        (doctorId, entries) ->
                                entries.forEach(
                                        e ->
                                                rows.add(
                                                        new LiveBoardDisplay.ConsultationRow(
                                                                doctorId,
                                                                names.doctor(doctorId),
                                                                e.appointmentId(),
                                                                names.patient(
                                                                        appointment(e).patientId()),
                                                                since(e, now)))));
        return rows;
    }

    private static Duration since(QueueEntry entry, Instant now) {
        Duration waited = Duration.between(entry.checkedInAt(), now);
        return waited.isNegative() ? Duration.ZERO : waited;
    }

    private LiveBoardDisplay.RankingRow rankingRow(RankingEntry entry) {
        return new LiveBoardDisplay.RankingRow(
                entry.serviceCode(), serviceName(entry.serviceCode()), entry.quantity());
    }

    private String serviceName(String code) {
        return serviceNames.computeIfAbsent(
                code, c -> catalog.findByCode(c).map(CatalogItem::name).orElse(c));
    }

    private Appointment appointment(QueueEntry entry) {
        if (appointmentCache.size() > CACHE_LIMIT) {
            appointmentCache.clear();
        }
        return appointmentCache.computeIfAbsent(
                entry.appointmentId(),
                id ->
                        appointments
                                .findById(id)
                                .orElseThrow(() -> new NotFoundException("appointment.notFound")));
    }
}
