package es.clinica.service;

import static org.assertj.core.api.Assertions.assertThat;

import es.clinica.domain.Appointment;
import es.clinica.domain.AppointmentRequest;
import es.clinica.domain.AppointmentStatus;
import es.clinica.domain.Invoice;
import es.clinica.domain.MedicalNote;
import es.clinica.domain.QueueEntry;
import es.clinica.domain.RankingEntry;
import es.clinica.domain.Role;
import es.clinica.store.mongo.MongoProfileRepository;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A few thousand mixed operations through the services while the stores are stopped and started
 * again at random (servers this test owns). The model below remembers only what the services said
 * they did; at the end each store is counted against it: nothing lost, nothing twice, and {@code
 * check}'s consistency part finds nothing.
 *
 * <p>{@code -Dclinica.soak.ops=N} sets the number of operations (default 2000), {@code
 * -Dclinica.soak.seed=S} replays a run (the seed is printed).
 */
class ConsistencySoakIT {

    private static final Logger LOGGER = LoggerFactory.getLogger(ConsistencySoakIT.class);
    private static final int DOCTORS = 6;
    private static final int SLOT_MINUTES = 5;
    private static final int SLOTS_PER_DOCTOR = 170;
    private static final String SERVICE = "T-A";

    private enum Op {
        REGISTER,
        BOOK,
        CHECK_IN,
        CALL,
        NOTE,
        INVOICE,
        CANCEL
    }

    private enum Store {
        POSTGRESQL,
        MONGODB,
        REDIS
    }

    private final RestartingClinic clinic = new RestartingClinic();
    private final PatientService patients = clinic.patients();
    private final AppointmentService reception = clinic.clinic.reception();
    private final List<Long> doctors = new ArrayList<>();
    private final Map<Long, AppointmentService> doctorDesks = new LinkedHashMap<>();
    private final Map<Long, ConsultationService> consultations = new LinkedHashMap<>();

    /** What the services said they did. */
    private final List<Long> registered = new ArrayList<>();

    private final List<Long> unbooked = new ArrayList<>();
    private final Map<Long, Visit> visits = new TreeMap<>();
    private final List<Visit> invoicedVisits = new ArrayList<>();
    private final List<Integer> issuedNumbers = new ArrayList<>();
    private final Map<Op, int[]> tally = new EnumMap<>(Op.class);
    private final Map<Store, Integer> restarts = new EnumMap<>(Store.class);
    private int nextSlot;
    private int signedWithoutAudit;
    private Random random;

    @AfterEach
    void stop() {
        clinic.close();
    }

    @Test
    void thousandsOfOperationsWithStoreRestartsLoseAndDuplicateNothing() {
        int ops = Integer.getInteger("clinica.soak.ops", 2000);
        long seed = Long.getLong("clinica.soak.seed", System.nanoTime());
        random = new Random(seed);
        LOGGER.info("Soak: {} operations, seed {}", ops, seed);
        setUpClinic();
        long started = System.nanoTime();

        int restartEvery = Math.max(50, ops / 10);
        List<Store> order = new ArrayList<>();
        for (int i = 1; i <= ops; i++) {
            if (i % restartEvery == 0) {
                if (order.isEmpty()) {
                    order.addAll(List.of(Store.values()));
                    Collections.shuffle(order, random);
                }
                restartDuring(order.remove(0));
            } else {
                perform(randomOp());
            }
        }
        signWhatWasLeftUnsigned();
        clinic.assertConsistent();
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        printFigures(ops, seed, took);
        assertEachStoreHoldsEveryRecordOnce();
    }

    private void setUpClinic() {
        clinic.clinic
                .catalog()
                .create(SERVICE, "Consulta", new BigDecimal("30.00"), BigDecimal.ZERO);
        doctors.add(clinic.doctor);
        for (int d = 1; d < DOCTORS; d++) {
            doctors.add(clinic.clinic.doctor("Doctor" + d, "Soak", "LIC-S" + d));
        }
        for (long doctor : doctors) {
            doctorDesks.put(doctor, clinic.clinic.appointmentsAs(Role.DOCTOR, doctor));
            consultations.put(doctor, clinic.consultation(doctor));
        }
        for (Op op : Op.values()) {
            tally.put(op, new int[2]);
        }
    }

    /**
     * Stops one store, tries one operation while it is down (one: each waits for the store's
     * timeout, up to five seconds), and starts it again; the next operations run while the clients
     * reconnect and the watchers catch up.
     */
    private void restartDuring(Store store) {
        restarts.merge(store, 1, Integer::sum);
        switch (store) {
            case POSTGRESQL:
                clinic.servers.stopPostgres();
                perform(randomOp());
                clinic.servers.startPostgres();
                break;
            case MONGODB:
                clinic.servers.stopMongo();
                perform(randomOp());
                clinic.servers.startMongo();
                break;
            default:
                clinic.servers.stopRedis();
                perform(randomOp());
                clinic.servers.startRedis();
                break;
        }
    }

    private Op randomOp() {
        int roll = random.nextInt(100);
        if (roll < 18) {
            return Op.REGISTER;
        } else if (roll < 38) {
            return Op.BOOK;
        } else if (roll < 56) {
            return Op.CHECK_IN;
        } else if (roll < 70) {
            return Op.CALL;
        } else if (roll < 84) {
            return Op.NOTE;
        } else if (roll < 95) {
            return Op.INVOICE;
        }
        return Op.CANCEL;
    }

    /** Runs one operation; a store that does not answer makes it fail, as a user would see. */
    private void perform(Op op) {
        boolean done;
        try {
            done = run(op);
        } catch (UnavailableException e) {
            done = false;
        }
        tally.get(op)[done ? 0 : 1]++;
    }

    private boolean run(Op op) {
        switch (op) {
            case REGISTER:
                return register();
            case BOOK:
                return book();
            case CHECK_IN:
                return onVisit(AppointmentStatus.BOOKED, this::checkIn);
            case CALL:
                return call();
            case NOTE:
                return onVisit(AppointmentStatus.IN_CONSULTATION, this::writeNote);
            case INVOICE:
                return onVisit(AppointmentStatus.COMPLETED, this::invoice);
            default:
                return onVisit(
                        random.nextBoolean()
                                ? AppointmentStatus.BOOKED
                                : AppointmentStatus.CHECKED_IN,
                        this::cancel);
        }
    }

    private boolean register() {
        long id =
                patients.register(RestartingClinic.newPatient("Soak"), ProfileData.empty())
                        .patient()
                        .id();
        registered.add(id);
        unbooked.add(id);
        return true;
    }

    private boolean book() {
        if (unbooked.isEmpty() || nextSlot >= DOCTORS * SLOTS_PER_DOCTOR) {
            return register();
        }
        long patient = unbooked.get(random.nextInt(unbooked.size()));
        long doctor = doctors.get(nextSlot % DOCTORS);
        Instant startsAt =
                ClinicFixture.at("09:15")
                        .plus(Duration.ofMinutes((long) SLOT_MINUTES * (nextSlot / DOCTORS)));
        Appointment booked =
                reception.book(
                        new AppointmentRequest(patient, doctor, startsAt, SLOT_MINUTES, "Soak"));
        nextSlot++;
        unbooked.remove(patient);
        visits.put(booked.id(), new Visit(booked.id(), patient, doctor));
        return true;
    }

    private boolean onVisit(AppointmentStatus status, Predicate<Visit> step) {
        List<Visit> candidates = visits.values().stream().filter(v -> v.status == status).toList();
        if (candidates.isEmpty()) {
            return book();
        }
        return step.test(candidates.get(random.nextInt(candidates.size())));
    }

    private boolean checkIn(Visit visit) {
        clinic.clinic.clock.advance(Duration.ofMillis(1));
        reception.checkIn(visit.id);
        visit.status = AppointmentStatus.CHECKED_IN;
        return true;
    }

    /** The doctor of the patient at the head of the queue calls, as at the clinic's desks. */
    private boolean call() {
        List<QueueEntry> waiting = clinic.clinic.queue.waiting();
        if (waiting.isEmpty()) {
            return onVisit(AppointmentStatus.BOOKED, this::checkIn);
        }
        Visit head = visits.get(waiting.get(0).appointmentId());
        long doctor = head == null ? doctors.get(0) : head.doctor;
        Appointment called = doctorDesks.get(doctor).callNext();
        visits.get(called.id()).status = AppointmentStatus.IN_CONSULTATION;
        return true;
    }

    private boolean writeNote(Visit visit) {
        ConsultationService consultation = consultations.get(visit.doctor);
        if (visit.noteId == null) {
            visit.noteId =
                    consultation.saveDraft(RestartingClinic.note(visit.patient, visit.id)).noteId();
        }
        if (!visit.signed) {
            sign(consultation, visit);
        }
        doctorDesks.get(visit.doctor).complete(visit.id);
        visit.status = AppointmentStatus.COMPLETED;
        return true;
    }

    /**
     * The doctors sign the notes whose signing failed while a store was down, as they would from
     * the consultation screen's pending notes once the stores answer.
     */
    private void signWhatWasLeftUnsigned() {
        List<Visit> all = new ArrayList<>(visits.values());
        all.addAll(invoicedVisits);
        for (Visit visit : all) {
            if (visit.noteId != null && !visit.signed) {
                RestartingClinic.untilDone(
                        () -> {
                            sign(consultations.get(visit.doctor), visit);
                            return visit;
                        });
            }
        }
    }

    /**
     * Signs; when an earlier attempt signed in MongoDB but its audit row failed, the retry
     * completes the row instead of being refused, so a refusal here would be a lost audit row.
     */
    private void sign(ConsultationService consultation, Visit visit) {
        try {
            consultation.sign(visit.noteId);
        } catch (ConflictException e) {
            assertThat(e.messageKey()).isEqualTo("note.alreadySigned");
            signedWithoutAudit++;
        }
        visit.signed = true;
    }

    private boolean invoice(Visit visit) {
        BillingService billing = clinic.clinic.billing();
        if (visit.invoiceId == null) {
            visit.invoiceId = billing.createFromAppointment(visit.id).id();
        }
        if (!visit.lineAdded) {
            billing.addLine(visit.invoiceId, SERVICE, BigDecimal.ONE);
            visit.lineAdded = true;
        }
        Invoice issued = billing.issue(visit.invoiceId);
        issuedNumbers.add(issued.number().orElseThrow());
        visits.remove(visit.id);
        invoicedVisits.add(visit);
        return true;
    }

    private boolean cancel(Visit visit) {
        reception.cancel(visit.id);
        visit.status = AppointmentStatus.CANCELLED;
        return true;
    }

    private void assertEachStoreHoldsEveryRecordOnce() {
        assertThat(clinic.sqlCount("SELECT count(*) FROM patients")).isEqualTo(registered.size());
        assertThat(clinic.sqlCount("SELECT count(DISTINCT national_id) FROM patients"))
                .isEqualTo(registered.size());
        assertThat(
                        clinic.mongo
                                .database()
                                .getCollection(MongoProfileRepository.COLLECTION)
                                .countDocuments())
                .isEqualTo(registered.size());
        assertThat(registered).allSatisfy(id -> assertThat(clinic.profileCount(id)).isOne());

        List<Visit> all = new ArrayList<>(visits.values());
        all.addAll(invoicedVisits);
        assertThat(clinic.sqlCount("SELECT count(*) FROM appointments")).isEqualTo(all.size());
        assertThat(all)
                .allSatisfy(
                        v ->
                                assertThat(clinic.clinic.appointments.findById(v.id))
                                        .map(Appointment::status)
                                        .hasValue(v.status));

        List<Visit> noted = all.stream().filter(v -> v.noteId != null).toList();
        assertThat(clinic.notes.findAllPatientIds())
                .hasSameSizeAs(noted.stream().map(v -> v.patient).distinct().toList());
        assertThat(noted)
                .allSatisfy(
                        v ->
                                assertThat(clinic.notes.findByAppointmentId(v.id))
                                        .singleElement()
                                        .extracting(MedicalNote::signed)
                                        .isEqualTo(v.signed));

        // Every signature has its one audit row: a row that failed was completed by the retry.
        assertThat(signedWithoutAudit).isZero();
        assertThat(clinic.sqlCount("SELECT count(*) FROM audit_log WHERE action = 'NOTE_SIGNED'"))
                .isEqualTo(noted.stream().filter(v -> v.signed).count());

        assertThat(issuedNumbers.stream().sorted().toList())
                .isEqualTo(IntStream.rangeClosed(1, issuedNumbers.size()).boxed().toList());
        assertThat(clinic.sqlCount("SELECT count(*) FROM invoices WHERE status = 'ISSUED'"))
                .isEqualTo(issuedNumbers.size());

        List<Long> queued =
                clinic.clinic.queue.waiting().stream().map(QueueEntry::appointmentId).toList();
        assertThat(queued)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(
                        all.stream()
                                .filter(v -> v.status == AppointmentStatus.CHECKED_IN)
                                .map(v -> v.id)
                                .toList());
        assertThat(clinic.clinic.live.topServices(5))
                .extracting(RankingEntry::quantity)
                .isEqualTo(
                        issuedNumbers.isEmpty()
                                ? List.of()
                                : List.of(BigDecimal.valueOf(issuedNumbers.size())));
        assertThat(clinic.checkFindings()).noneMatch(f -> f.problem());
    }

    private void printFigures(int ops, long seed, Duration took) {
        String done =
                tally.entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue()[0] + "/" + e.getValue()[1])
                        .collect(Collectors.joining(", "));
        System.out.printf(
                Locale.ROOT,
                "Soak: %d operations (seed %d) in %.1f s; restarts %s; done/failed %s;"
                        + " %d patients, %d appointments, %d invoices; %d signatures whose"
                        + " audit row failed%n",
                ops,
                seed,
                took.toMillis() / 1000.0,
                restarts,
                done,
                registered.size(),
                visits.size() + invoicedVisits.size(),
                issuedNumbers.size(),
                signedWithoutAudit);
    }

    /** One appointment as the services reported it. */
    private static final class Visit {
        final long id;
        final long patient;
        final long doctor;
        AppointmentStatus status = AppointmentStatus.BOOKED;
        String noteId;
        boolean signed;
        Long invoiceId;
        boolean lineAdded;

        Visit(long id, long patient, long doctor) {
            this.id = id;
            this.patient = patient;
            this.doctor = doctor;
        }
    }
}
