package es.clinica.service;

import es.clinica.domain.Appointment;
import es.clinica.domain.LiveState;
import es.clinica.domain.QueueEntry;
import es.clinica.domain.RankingEntry;
import es.clinica.service.port.AppointmentRepository;
import es.clinica.service.port.InvoiceRepository;
import es.clinica.service.port.LiveStateRepository;
import es.clinica.service.port.WaitingQueueRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recomputes Redis's derived state ({@code citas_hoy}, {@code cola_atencion}, every {@code
 * en_consulta:<doctorId>} and {@code ranking_servicios}) from PostgreSQL, and finds where the two
 * disagree. An operator's and the start-up's tool: it checks no user permission.
 */
public final class LiveStateRebuilder {

    private static final Logger LOGGER = LoggerFactory.getLogger(LiveStateRebuilder.class);

    /** Extra ranked services read beyond those PostgreSQL knows, to see ones it does not. */
    private static final int RANKING_SLACK = 10;

    private final AppointmentRepository appointments;
    private final InvoiceRepository invoices;
    private final LiveStateRepository live;
    private final WaitingQueueRepository queue;
    private final Clock clock;
    private final ZoneId zone;

    public LiveStateRebuilder(
            AppointmentRepository appointments,
            InvoiceRepository invoices,
            LiveStateRepository live,
            WaitingQueueRepository queue,
            Clock clock,
            ZoneId zone) {
        this.appointments = appointments;
        this.invoices = invoices;
        this.live = live;
        this.queue = queue;
        this.clock = clock;
        this.zone = zone;
    }

    /** What Redis should hold according to PostgreSQL now. */
    public LiveState expected() {
        return new LiveState(
                appointments.countLiveOnDay(today(), zone),
                appointments.findCheckedIn().stream().map(LiveStateRebuilder::entry).toList(),
                inConsultation(),
                invoices.invoicedQuantityByService().entrySet().stream()
                        .map(e -> new RankingEntry(e.getKey(), e.getValue()))
                        .toList());
    }

    // TODO: a patient called from the shared queue by another doctor than the one booked is
    // rebuilt under the booked doctor: PostgreSQL does not record who called (the appointment
    // repository's status change has no "seen by"), so only that column can make this exact.
    private Map<Long, List<QueueEntry>> inConsultation() {
        Map<Long, List<QueueEntry>> lists = new TreeMap<>();
        for (Appointment appointment : appointments.findInConsultation()) {
            lists.computeIfAbsent(appointment.doctorId(), d -> new ArrayList<>())
                    .add(entry(appointment));
        }
        return lists;
    }

    private static QueueEntry entry(Appointment appointment) {
        return new QueueEntry(appointment.id(), appointment.checkedInAt().orElseThrow());
    }

    /**
     * Replaces Redis's derived state with what PostgreSQL says, atomically.
     *
     * @return what was written
     * @throws UnavailableException when Redis or PostgreSQL cannot be reached
     */
    public LiveState rebuild() {
        LiveState state = expected();
        live.rebuild(state);
        LOGGER.info(
                "Live state rebuilt: {} appointments today, {} waiting, {} services ranked",
                state.todaysAppointments(),
                state.queue().size(),
                state.ranking().size());
        return state;
    }

    /**
     * Rebuilds when {@code citas_hoy} is missing (a new day, or Redis lost its data).
     *
     * @return whether it rebuilt
     * @throws UnavailableException when Redis or PostgreSQL cannot be reached
     */
    public boolean rebuildIfMissing() {
        if (live.todaysAppointments().isPresent()) {
            return false;
        }
        rebuild();
        return true;
    }

    /**
     * Where Redis disagrees with PostgreSQL: a queue entry whose appointment is not checked in (or
     * does not exist), a checked-in appointment missing from the queue, queue entries that cannot
     * be read, an in-consultation entry whose appointment is not in consultation, a counter
     * different from the SQL count. Changes nothing.
     *
     * @throws UnavailableException when Redis or PostgreSQL cannot be reached
     */
    public List<Inconsistency> inconsistencies() {
        List<Inconsistency> found = new ArrayList<>();
        Map<Long, Appointment> checkedIn = byId(appointments.findCheckedIn());
        List<QueueEntry> waiting = queue.waiting();
        for (QueueEntry entry : waiting) {
            if (!checkedIn.containsKey(entry.appointmentId())) {
                found.add(notInStatus("queue", entry, Optional.empty()));
            }
        }
        Set<Long> queued =
                waiting.stream().map(QueueEntry::appointmentId).collect(Collectors.toSet());
        checkedIn.keySet().stream()
                .filter(id -> !queued.contains(id))
                .forEach(
                        id ->
                                found.add(
                                        new Inconsistency(
                                                "check.live.queue.missing", List.of(id))));
        found.addAll(malformedFindings());
        found.addAll(consultationFindings());
        found.addAll(counterFindings());
        found.addAll(rankingFindings());
        return found;
    }

    private List<Inconsistency> consultationFindings() {
        Map<Long, Appointment> inConsultation = byId(appointments.findInConsultation());
        List<Inconsistency> found = new ArrayList<>();
        queue.allInConsultation()
                .forEach(
                        (doctorId, entries) ->
                                entries.stream()
                                        .filter(e -> !isWith(inConsultation, e, doctorId))
                                        .forEach(
                                                e ->
                                                        found.add(
                                                                notInStatus(
                                                                        "consultation",
                                                                        e,
                                                                        Optional.of(doctorId)))));
        return found;
    }

    private static boolean isWith(
            Map<Long, Appointment> inConsultation, QueueEntry entry, long doctorId) {
        // Any doctor may call from the shared queue, so the booked doctor is not compared.
        return inConsultation.containsKey(entry.appointmentId());
    }

    /**
     * An entry whose appointment is in another status, or missing from PostgreSQL altogether (then
     * said so, rather than printing a status that does not exist).
     */
    private Inconsistency notInStatus(String list, QueueEntry entry, Optional<Long> doctorId) {
        Optional<Appointment> appointment = appointments.findById(entry.appointmentId());
        List<Object> arguments = new ArrayList<>(List.of(entry.appointmentId()));
        if (appointment.isEmpty()) {
            doctorId.ifPresent(arguments::add);
            return new Inconsistency("check.live." + list + ".unknown", arguments);
        }
        arguments.add(appointment.get().status().name());
        doctorId.ifPresent(arguments::add);
        String key = doctorId.isPresent() ? ".wrong" : ".notCheckedIn";
        return new Inconsistency("check.live." + list + key, arguments);
    }

    private List<Inconsistency> malformedFindings() {
        long malformed = queue.malformedWaiting();
        return malformed == 0
                ? List.of()
                : List.of(new Inconsistency("check.live.queue.malformed", List.of(malformed)));
    }

    private List<Inconsistency> counterFindings() {
        long expected = appointments.countLiveOnDay(today(), zone);
        OptionalLong counted = live.todaysAppointments();
        if (counted.isPresent() && counted.getAsLong() == expected) {
            return List.of();
        }
        return List.of(
                new Inconsistency(
                        "check.live.counter.differs",
                        List.of(
                                counted.isPresent() ? Long.toString(counted.getAsLong()) : "-",
                                expected)));
    }

    /** A service whose ranked quantity is not what the issued invoices add up to. */
    private List<Inconsistency> rankingFindings() {
        Map<String, BigDecimal> expected = new TreeMap<>(invoices.invoicedQuantityByService());
        Map<String, BigDecimal> ranked = new TreeMap<>();
        live.topServices(Math.max(expected.size(), 1) + RANKING_SLACK)
                .forEach(entry -> ranked.put(entry.serviceCode(), entry.quantity()));
        Set<String> services = new TreeSet<>(expected.keySet());
        services.addAll(ranked.keySet());
        List<Inconsistency> found = new ArrayList<>();
        for (String service : services) {
            BigDecimal sql = expected.getOrDefault(service, BigDecimal.ZERO);
            BigDecimal redis = ranked.getOrDefault(service, BigDecimal.ZERO);
            if (sql.compareTo(redis) != 0) {
                found.add(
                        new Inconsistency(
                                "check.live.ranking.differs",
                                List.of(service, plain(redis), plain(sql))));
            }
        }
        return found;
    }

    private static String plain(BigDecimal quantity) {
        return quantity.stripTrailingZeros().toPlainString();
    }

    private static Map<Long, Appointment> byId(List<Appointment> list) {
        return list.stream()
                .collect(
                        Collectors.toMap(
                                Appointment::id,
                                Function.identity(),
                                (a, b) -> a,
                                LinkedHashMap::new));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /**
     * One disagreement between Redis and PostgreSQL.
     *
     * @param messageKey the bundle key of the sentence
     * @param arguments its placeholder values
     */
    public record Inconsistency(String messageKey, List<Object> arguments) {

        public Inconsistency {
            arguments = List.copyOf(arguments);
        }
    }
}
