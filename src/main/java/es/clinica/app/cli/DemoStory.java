package es.clinica.app.cli;

import es.clinica.app.Messages;
import es.clinica.domain.Appointment;
import es.clinica.domain.AppointmentRequest;
import es.clinica.domain.Diagnosis;
import es.clinica.domain.DoctorActivity;
import es.clinica.domain.Invoice;
import es.clinica.domain.InvoiceLine;
import es.clinica.domain.MedicalNote;
import es.clinica.domain.NationalId;
import es.clinica.domain.Patient;
import es.clinica.domain.PatientData;
import es.clinica.domain.PersonName;
import es.clinica.domain.QueueEntry;
import es.clinica.domain.RankingEntry;
import es.clinica.domain.Role;
import es.clinica.domain.SessionInfo;
import es.clinica.domain.Sex;
import es.clinica.domain.StaffAccount;
import es.clinica.service.AppointmentService;
import es.clinica.service.ClinicServices;
import es.clinica.service.ClinicaException;
import es.clinica.service.ConflictException;
import es.clinica.service.NoteDraft;
import es.clinica.service.ProfileData;
import es.clinica.service.SessionExpiredException;
import es.clinica.service.port.DemoAccounts;
import es.clinica.service.port.DemoAccounts.DemoAccount;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The clinic's end-to-end story told by {@code demo}: each step calls the real services as the
 * person in the story would, then reads back from the stores what the step left there and prints
 * it. A step whose effect cannot be read back stops the story.
 */
final class DemoStory {

    /** The steps after the preparation. */
    static final int STEPS = 8;

    /** The catalog service the demo invoices: a general practice visit (V3 starting data). */
    static final String SERVICE = "CONS-MG";

    private static final Logger LOGGER = LoggerFactory.getLogger(DemoStory.class);
    private static final int MINUTES = 15;
    private static final int MAX_TRIES = 96;
    private static final Duration POLL = Duration.ofMillis(100);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter DAY_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ClinicServices services;
    private final DemoReadBack stores;
    private final CommandContext context;
    private final Messages messages;
    private final Clock clock;
    private final Duration sessionTtl;
    private final List<SessionInfo> sessions = new ArrayList<>();
    private int step;
    private long doctorId;
    private Patient patient;
    private Appointment appointment;
    private Invoice invoice;
    private BigDecimal rankedBefore;

    DemoStory(
            ClinicServices services,
            DemoReadBack stores,
            CommandContext context,
            Clock clock,
            Duration sessionTtl) {
        this.services = services;
        this.stores = stores;
        this.context = context;
        this.messages = context.messages();
        this.clock = clock;
        this.sessionTtl = sessionTtl;
    }

    /** Tells the story; returns the exit code, naming the failed step on standard error. */
    int run() {
        say("demo.intro", sessionTtl.getSeconds());
        try {
            prepare();
            logIn();
            requestAppointment();
            joinWaitingList();
            doctorAvailable();
            consultation();
            invoiceTheVisit();
            rankingMoves();
            sessionsExpire();
        } catch (DemoFailure e) {
            return failed(e.getMessage());
        } catch (ClinicaException e) {
            LOGGER.warn("Demo step {} refused: {}", step, e.messageKey(), e);
            return failed(messages.of(e));
        }
        say("demo.done");
        return Cli.OK;
    }

    private int failed(String reason) {
        context.err().println(messages.get("demo.failed", step, title(step), reason));
        return Cli.FAILED;
    }

    private void begin(int number) {
        step = number;
        context.out().println();
        say("demo.step", number, STEPS, title(number));
    }

    private String title(int number) {
        return messages.get("demo.step." + number);
    }

    private void say(String key, Object... arguments) {
        context.out().println(messages.get(key, arguments));
    }

    private void detail(String key, Object... arguments) {
        context.out().println("  " + messages.get(key, arguments));
    }

    private void expect(boolean seen, String store, String what) {
        if (!seen) {
            throw new DemoFailure(messages.get("demo.mismatch", store, what));
        }
    }

    // Step 0: nothing is written unless the demo can tell its story to the end.
    private void prepare() {
        step = 0;
        for (DemoAccount account : storyAccounts()) {
            if (stores.accounts.findByUsername(account.username()).isEmpty()) {
                throw new DemoFailure(messages.get("demo.account.missing", account.username()));
            }
        }
        doctorId = doctorOfDemo();
        int waiting = stores.queue.waiting().size();
        if (waiting > 0) {
            throw new DemoFailure(messages.get("demo.queue.busy", waiting));
        }
        say("demo.ready");
    }

    private static List<DemoAccount> storyAccounts() {
        return DemoAccounts.ACCOUNTS.stream().filter(a -> a.role() != Role.ADMIN).toList();
    }

    private long doctorOfDemo() {
        return stores.accounts
                .findByUsername(account(Role.DOCTOR).username())
                .flatMap(StaffAccount::doctorId)
                .orElseThrow(
                        () ->
                                new DemoFailure(
                                        messages.get(
                                                "demo.account.missing",
                                                account(Role.DOCTOR).username())));
    }

    private static DemoAccount account(Role role) {
        return DemoAccounts.ACCOUNTS.stream()
                .filter(a -> a.role() == role)
                .findFirst()
                .orElseThrow();
    }

    private void logIn() {
        begin(1);
        showSession(logInAs(Role.RECEPTION));
    }

    private SessionInfo logInAs(Role role) {
        DemoAccount demo = account(role);
        SessionInfo session = services.auth().login(demo.username(), demo.password().toCharArray());
        sessions.add(session);
        return session;
    }

    private void showSession(SessionInfo session) {
        Optional<SessionInfo> stored = stores.sessions.findByToken(session.token());
        Optional<Duration> ttl = stores.sessions.timeToLive(session.token());
        String key = shortKey(session);
        expect(stored.isPresent() && ttl.isPresent(), "Redis", key);
        expect(stored.get().username().equals(session.username()), "Redis", key);
        detail(
                "demo.session",
                key,
                stored.get().username(),
                stored.get().role(),
                ttl.get().toSeconds());
    }

    /** The session key with its token cut short: the full token is a password while it lives. */
    private String shortKey(SessionInfo session) {
        String key = stores.sessionKey(session.token());
        return key.substring(0, key.length() - session.token().length() + 8) + "…";
    }

    private void requestAppointment() {
        begin(2);
        patient = registerDemoPatient();
        OptionalLong countedBefore = stores.live.todaysAppointments();
        appointment = bookFirstFreeSlot();
        showAppointment();
        showTodaysCount(countedBefore);
    }

    private Patient registerDemoPatient() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int number = random.nextInt(10_000_000, 100_000_000);
        NationalId dni =
                NationalId.parse(String.format("%08d%c", number, NationalId.dniLetter(number)));
        String suffix = randomLetters(random);
        PersonName name = PersonName.of("Lucía", "Demo", "Prueba " + suffix);
        PatientData data =
                PatientData.of(
                        dni, name, LocalDate.of(1984, 5, 17), Sex.FEMALE, "+34 600 000 000", null);
        long id = services.patients().register(data, ProfileData.empty()).patient().id();
        Patient stored = stores.patients.findById(id).orElse(null);
        expect(stored != null, "PostgreSQL", "patients #" + id);
        detail("demo.patient", id, stored.data().name().display(), dni.value());
        return stored;
    }

    private static String randomLetters(ThreadLocalRandom random) {
        StringBuilder letters = new StringBuilder("X");
        for (int i = 0; i < 4; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }

    /** The next quarter hour from now that the demo doctor has free (earlier runs took some). */
    private Appointment bookFirstFreeSlot() {
        Instant start = clock.instant().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(2));
        for (int tries = 1; ; tries++) {
            start = afterBooked(start);
            AppointmentRequest request =
                    new AppointmentRequest(patient.id(), doctorId, start, MINUTES, "Demo");
            try {
                return services.appointments().book(request);
            } catch (ConflictException e) {
                if (!"appointment.doctor.overlap".equals(e.messageKey()) || tries >= MAX_TRIES) {
                    throw e;
                }
                start = start.plus(Duration.ofMinutes(MINUTES));
            }
        }
    }

    /** Moves {@code start} past the doctor's live appointments it would overlap. */
    private Instant afterBooked(Instant start) {
        LocalDate day = LocalDate.ofInstant(start, clock.getZone());
        Instant free = start;
        for (Appointment booked :
                stores.appointments.findByDoctorOnDay(doctorId, day, clock.getZone())) {
            boolean overlaps =
                    booked.startsAt().isBefore(free.plus(Duration.ofMinutes(MINUTES)))
                            && free.isBefore(booked.endsAt());
            if (booked.status().isLive() && overlaps) {
                free = booked.endsAt();
            }
        }
        return free;
    }

    private void showAppointment() {
        Appointment stored = readAppointment();
        String doctor = stores.doctors.findById(doctorId).map(d -> d.name().display()).orElse("?");
        detail(
                "demo.appointment",
                stored.id(),
                stored.patientId(),
                doctor,
                DAY_TIME.format(stored.startsAt().atZone(clock.getZone())),
                stored.durationMinutes(),
                stored.status());
    }

    private Appointment readAppointment() {
        Optional<Appointment> stored = stores.appointments.findById(appointment.id());
        expect(stored.isPresent(), "PostgreSQL", "appointments #" + appointment.id());
        return stored.get();
    }

    private void showTodaysCount(OptionalLong before) {
        OptionalLong after = stores.live.todaysAppointments();
        boolean today =
                LocalDate.ofInstant(appointment.startsAt(), clock.getZone())
                        .equals(LocalDate.now(clock));
        if (!today) {
            expect(after.equals(before), "Redis", "citas_hoy");
            detail("demo.citasHoy.otherDay", after.orElse(0));
            return;
        }
        expect(after.isPresent(), "Redis", "citas_hoy");
        expect(
                before.isEmpty() || after.getAsLong() == before.getAsLong() + 1,
                "Redis",
                "citas_hoy");
        detail("demo.citasHoy", before.isPresent() ? before.getAsLong() : "-", after.getAsLong());
    }

    private void joinWaitingList() {
        begin(3);
        services.appointments().checkIn(appointment.id());
        Appointment stored = readAppointment();
        expect(stored.checkedInAt().isPresent(), "PostgreSQL", "appointments #" + stored.id());
        detail("demo.status", stored.id(), stored.status(), time(stored.checkedInAt().get()));
        List<QueueEntry> waiting = stores.queue.waiting();
        OptionalLong place = stores.queue.position(appointment.id());
        expect(place.isPresent(), "Redis", "cola_atencion");
        detail("demo.queue", waiting.size(), ids(waiting), place.getAsLong() + 1);
    }

    private static String ids(List<QueueEntry> entries) {
        return entries.stream()
                .map(e -> "#" + e.appointmentId())
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private String time(Instant instant) {
        return TIME.format(instant.atZone(clock.getZone()));
    }

    private void doctorAvailable() {
        begin(4);
        showSession(logInAs(Role.DOCTOR));
        services.appointments().setAvailable(true);
        List<Long> available = stores.live.availableDoctors();
        expect(available.contains(doctorId), "Redis", "medicos_disponibles");
        detail("demo.available", available, doctorId);
    }

    private void consultation() {
        begin(5);
        Appointment called = services.appointments().callNext();
        expect(called.id() == appointment.id(), "Redis", "cola_atencion");
        showConsultationLists();
        showStatusAndActivity(AppointmentStatusCheck.IN_CONSULTATION);
        showNote(writeAndSignNote());
        services.appointments().complete(appointment.id());
        showStatusAndActivity(AppointmentStatusCheck.COMPLETED);
        List<QueueEntry> consulting = stores.queue.inConsultation(doctorId);
        expect(stores.queue.position(appointment.id()).isEmpty(), "Redis", "cola_atencion");
        expect(
                consulting.stream().noneMatch(e -> e.appointmentId() == appointment.id()),
                "Redis",
                "en_consulta:" + doctorId);
        detail("demo.consulting", doctorId, ids(consulting));
    }

    private void showConsultationLists() {
        List<QueueEntry> consulting = stores.queue.inConsultation(doctorId);
        expect(
                consulting.stream().anyMatch(e -> e.appointmentId() == appointment.id()),
                "Redis",
                "en_consulta:" + doctorId);
        detail("demo.called", stores.queue.waiting().size(), doctorId, ids(consulting));
    }

    /** What the appointment's row and the doctor's activity hash should say after a move. */
    private enum AppointmentStatusCheck {
        IN_CONSULTATION(AppointmentService.ACTIVITY_CALLED),
        COMPLETED(AppointmentService.ACTIVITY_COMPLETED);

        final String activity;

        AppointmentStatusCheck(String activity) {
            this.activity = activity;
        }

        Optional<Instant> since(Appointment appointment) {
            return this == IN_CONSULTATION
                    ? appointment.consultationStartedAt()
                    : appointment.completedAt();
        }
    }

    private void showStatusAndActivity(AppointmentStatusCheck check) {
        Appointment stored = readAppointment();
        expect(
                stored.status().name().equals(check.name()) && check.since(stored).isPresent(),
                "PostgreSQL",
                "appointments #" + stored.id());
        detail("demo.status", stored.id(), stored.status(), time(check.since(stored).get()));
        Optional<DoctorActivity> activity = stores.live.lastActivity(doctorId);
        expect(
                activity.isPresent()
                        && activity.get().action().equals(check.activity)
                        && activity.get().patientId().equals(OptionalLong.of(patient.id())),
                "Redis",
                "actividad_medico:" + doctorId);
        detail(
                "demo.activity",
                doctorId,
                activity.get().action(),
                patient.id(),
                time(activity.get().at()));
    }

    private String writeAndSignNote() {
        MedicalNote.Soap soap =
                new MedicalNote.Soap(
                        "Dolor de garganta y tos desde hace tres días.",
                        "Faringe enrojecida, sin fiebre.",
                        "Infección respiratoria alta leve.",
                        "Hidratación y reposo; volver si hay fiebre.");
        Diagnosis diagnosis =
                new Diagnosis("J06.9", "Infección aguda de las vías respiratorias superiores");
        NoteDraft draft =
                new NoteDraft(
                        Optional.empty(),
                        patient.id(),
                        appointment.id(),
                        soap,
                        List.of(diagnosis),
                        List.of());
        String noteId = services.consultation().saveDraft(draft).noteId();
        services.consultation().sign(noteId);
        return noteId;
    }

    private void showNote(String noteId) {
        Optional<MedicalNote> stored = stores.notes.findById(noteId);
        expect(stored.isPresent(), "MongoDB", "notas_medicas " + noteId);
        MedicalNote note = stored.get();
        expect(
                note.signed()
                        && note.appointmentId() == appointment.id()
                        && !note.diagnoses().isEmpty(),
                "MongoDB",
                "notas_medicas " + noteId);
        Diagnosis diagnosis = note.diagnoses().get(0);
        detail(
                "demo.note",
                noteId,
                note.appointmentId(),
                time(note.signedAt().orElseThrow()),
                note.signedBy().orElseThrow(),
                diagnosis.code() + " " + diagnosis.label());
    }

    private void invoiceTheVisit() {
        begin(6);
        showSession(logInAs(Role.BILLING));
        rankedBefore = ranked();
        long draftId = services.billing().createFromAppointment(appointment.id()).id();
        services.billing().addLine(draftId, SERVICE, BigDecimal.ONE);
        services.billing().issue(draftId);
        Optional<Invoice> stored = stores.invoices.findById(draftId);
        expect(
                stored.isPresent() && stored.get().displayNumber().isPresent(),
                "PostgreSQL",
                "invoices #" + draftId);
        invoice = stored.get();
        expect(!invoice.lines().isEmpty(), "PostgreSQL", "invoice_lines #" + draftId);
        showInvoice();
    }

    private void showInvoice() {
        detail(
                "demo.invoice",
                invoice.displayNumber().orElseThrow(),
                invoice.id(),
                invoice.status(),
                invoice.totals().base().toPlainString(),
                invoice.totals().tax().toPlainString(),
                invoice.totals().total().toPlainString());
        for (InvoiceLine line : invoice.lines()) {
            detail(
                    "demo.invoice.line",
                    line.lineNo(),
                    line.serviceCode(),
                    line.description(),
                    line.quantity().stripTrailingZeros().toPlainString(),
                    line.unitPrice().toPlainString(),
                    line.taxRate().stripTrailingZeros().toPlainString(),
                    line.lineTotal().toPlainString());
        }
    }

    private BigDecimal ranked() {
        return stores.live.topServices(Integer.MAX_VALUE).stream()
                .filter(e -> e.serviceCode().equals(SERVICE))
                .map(RankingEntry::quantity)
                .findFirst()
                .orElse(BigDecimal.ZERO);
    }

    private void rankingMoves() {
        begin(7);
        BigDecimal after = ranked();
        expect(
                after.compareTo(rankedBefore.add(BigDecimal.ONE)) == 0,
                "Redis",
                "ranking_servicios");
        List<RankingEntry> top = stores.live.topServices(Integer.MAX_VALUE);
        int place = 1;
        while (!top.get(place - 1).serviceCode().equals(SERVICE)) {
            place++;
        }
        detail(
                "demo.ranking",
                SERVICE,
                rankedBefore.stripTrailingZeros().toPlainString(),
                after.stripTrailingZeros().toPlainString(),
                place);
    }

    private void sessionsExpire() {
        begin(8);
        Duration limit = sessionTtl.multipliedBy(2).plusSeconds(5);
        detail("demo.expiring", limit.toSeconds());
        Instant start = clock.instant();
        for (SessionInfo session : sessions) {
            awaitGone(session, start, start.plus(limit));
        }
        try {
            services.billing().get(invoice.id());
            throw new DemoFailure(messages.get("demo.mismatch", "Redis", "sesion"));
        } catch (SessionExpiredException e) {
            detail("demo.refusedAfterExpiry", messages.of(e));
        }
    }

    private void awaitGone(SessionInfo session, Instant start, Instant deadline) {
        while (stores.sessions.findByToken(session.token()).isPresent()) {
            if (clock.instant().isAfter(deadline)) {
                throw new DemoFailure(messages.get("demo.timeout", shortKey(session)));
            }
            pause();
        }
        Duration waited = Duration.between(start, clock.instant());
        detail("demo.expired", shortKey(session), session.username(), waited.toMillis() / 1000.0);
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoFailure("Interrupted while waiting for Redis");
        }
    }

    /** A step whose effect was not read back; its message is the user's sentence. */
    static final class DemoFailure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        DemoFailure(String message) {
            super(message);
        }
    }
}
