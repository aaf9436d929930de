package es.clinica.ui.consultation;

import es.clinica.domain.Allergy;
import es.clinica.domain.Appointment;
import es.clinica.domain.AppointmentStatus;
import es.clinica.domain.Condition;
import es.clinica.domain.Diagnosis;
import es.clinica.domain.Icd10Code;
import es.clinica.domain.MedicalNote;
import es.clinica.domain.Prescription;
import es.clinica.service.Icd10Catalog;
import es.clinica.service.LiveBoardDisplay;
import es.clinica.service.NoteDraft;
import es.clinica.service.PatientSummary;
import es.clinica.ui.fx.Background;
import es.clinica.ui.fx.Cancellable;
import es.clinica.ui.fx.Failure;
import es.clinica.ui.fx.JournalWriter;
import es.clinica.ui.i18n.Localization;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The doctor's consultation: availability, the waiting list, calling the next patient, the
 * patient's summary (allergies first), the SOAP note with diagnoses and prescriptions, its
 * automatic draft, the local journal, signing and completing.
 *
 * <p>Nothing typed is lost by a failed save: every change is journaled on disk within a {@link
 * #TICK} and whenever the screen is left ({@link #leaving()}); the draft goes to MongoDB every
 * {@link #AUTOSAVE_EVERY} when it changed. A failed save or signature leaves the text in the editor
 * and in the journal and says why.
 *
 * <p>Journal writes never run on the UI thread: the screen hands an immutable snapshot of the note
 * to the workstation's {@link JournalWriter}, which writes the latest snapshot of each note in
 * order; the window waits for it (bounded) when it closes.
 *
 * <p>Notes the journal holds but nobody signed (a crash, MongoDB down at signing time) are listed
 * as {@link #pendingNotes()} when the screen opens, to be reopened or discarded one by one.
 */
public final class ConsultationViewModel {

    /** How often the timer ticks: journal flush, autosave check. */
    public static final Duration TICK = Duration.ofSeconds(1);

    /** The waiting list is read every this many ticks. */
    static final int BOARD_EVERY_TICKS = 3;

    /** The least time between two automatic saves of the draft. */
    public static final Duration AUTOSAVE_EVERY = Duration.ofSeconds(5);

    /** The most diagnoses a search lists. */
    static final int DIAGNOSIS_RESULTS = 40;

    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    /** Starts the screen's timer; the window passes {@code Periodic}, tests tick by hand. */
    @FunctionalInterface
    public interface Ticker {
        /** Runs {@code action} on the UI thread every {@code period} until cancelled. */
        Cancellable every(Duration period, Runnable action);
    }

    private final DoctorDesk desk;
    private final Background background;
    private final Localization localization;
    private final NoteJournal journal;
    private final JournalWriter writer;
    private final Icd10Catalog catalog;
    private final Clock clock;
    private final Ticker ticker;

    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty doctor = new SimpleBooleanProperty(this, "doctor");
    private final BooleanProperty available = new SimpleBooleanProperty(this, "available");
    private final BooleanProperty availabilityBusy = new SimpleBooleanProperty(this, "busy");
    private final ObservableList<LiveBoardDisplay.QueueRow> queue =
            FXCollections.observableArrayList();
    private final BooleanProperty queueUnavailable = new SimpleBooleanProperty(this, "queueDown");
    private final ObjectProperty<Appointment> appointment =
            new SimpleObjectProperty<>(this, "appointment");
    private final ObjectProperty<PatientSummary> summary =
            new SimpleObjectProperty<>(this, "summary");
    private final BooleanProperty summaryFailed = new SimpleBooleanProperty(this, "summaryFailed");
    private final ObservableList<Allergy> allergies = FXCollections.observableArrayList();
    private final ObservableList<Condition> conditions = FXCollections.observableArrayList();
    private final ObservableList<MedicalNote> earlierNotes = FXCollections.observableArrayList();

    private final StringProperty subjective = new SimpleStringProperty(this, "subjective", "");
    private final StringProperty objective = new SimpleStringProperty(this, "objective", "");
    private final StringProperty assessment = new SimpleStringProperty(this, "assessment", "");
    private final StringProperty plan = new SimpleStringProperty(this, "plan", "");
    private final ObservableList<Diagnosis> diagnoses = FXCollections.observableArrayList();
    private final ObservableList<PrescribedDrug> prescriptions =
            FXCollections.observableArrayList();
    private final StringProperty drug = new SimpleStringProperty(this, "drug", "");
    private final StringProperty dose = new SimpleStringProperty(this, "dose", "");
    private final StringProperty frequency = new SimpleStringProperty(this, "frequency", "");
    private final StringProperty duration = new SimpleStringProperty(this, "duration", "");
    private final ObservableList<Allergy> drugWarnings = FXCollections.observableArrayList();
    private final StringProperty diagnosisQuery = new SimpleStringProperty(this, "query", "");
    private final ObservableList<Icd10Code> diagnosisResults = FXCollections.observableArrayList();
    private final BooleanProperty signed = new SimpleBooleanProperty(this, "signed");
    private final BooleanProperty saving = new SimpleBooleanProperty(this, "saving");
    private final BooleanProperty noteEmpty = new SimpleBooleanProperty(this, "noteEmpty", true);
    private final StringProperty draftStatus = new SimpleStringProperty(this, "draftStatus", "");
    private final ObjectProperty<JournalEntry> restoreOffer =
            new SimpleObjectProperty<>(this, "restoreOffer");
    private final List<PendingNote> journaledNotes = new ArrayList<>();
    private final ObservableList<PendingNote> pendingNotes = FXCollections.observableArrayList();

    // Read-only views made once: a view made per call could be collected with its listeners.
    private final ObservableList<LiveBoardDisplay.QueueRow> queueView =
            FXCollections.unmodifiableObservableList(queue);
    private final ObservableList<Allergy> allergiesView =
            FXCollections.unmodifiableObservableList(allergies);
    private final ObservableList<Condition> conditionsView =
            FXCollections.unmodifiableObservableList(conditions);
    private final ObservableList<MedicalNote> earlierNotesView =
            FXCollections.unmodifiableObservableList(earlierNotes);
    private final ObservableList<Diagnosis> diagnosesView =
            FXCollections.unmodifiableObservableList(diagnoses);
    private final ObservableList<PrescribedDrug> prescriptionsView =
            FXCollections.unmodifiableObservableList(prescriptions);
    private final ObservableList<Allergy> drugWarningsView =
            FXCollections.unmodifiableObservableList(drugWarnings);
    private final ObservableList<Icd10Code> diagnosisResultsView =
            FXCollections.unmodifiableObservableList(diagnosisResults);
    private final ObservableList<PendingNote> pendingNotesView =
            FXCollections.unmodifiableObservableList(pendingNotes);

    private final BooleanBinding inConsultation = appointment.isNotNull();
    private final BooleanBinding editable;
    private final BooleanBinding canComplete;

    private Optional<Long> doctorId = Optional.empty();
    private Optional<String> noteId = Optional.empty();
    private Optional<Cancellable> timer = Optional.empty();
    private Optional<Cancellable> diagnosisSearch = Optional.empty();
    private long revision;
    private long savedRevision;
    private long journaledRevision;
    private Optional<Instant> lastSave = Optional.empty();
    private boolean filling;
    private boolean syncingAvailability;
    private boolean boardInFlight;
    private boolean resumeChecked;
    private boolean signAfterSave;
    private Optional<Long> restoreOnOpen = Optional.empty();
    private int ticks;

    /**
     * @param journal where notes in progress are kept on this workstation
     * @param writer writes the journal off the UI thread, in order
     * @param catalog the ICD-10 catalog; loaded in the background on first use
     * @param clock the workstation's clock, for the journal and the autosave's pace
     */
    public ConsultationViewModel(
            DoctorDesk desk,
            Background background,
            Localization localization,
            NoteJournal journal,
            JournalWriter writer,
            Icd10Catalog catalog,
            Clock clock,
            Ticker ticker) {
        this.desk = desk;
        this.background = background;
        this.localization = localization;
        this.journal = journal;
        this.writer = writer;
        this.catalog = catalog;
        this.clock = clock;
        this.ticker = ticker;
        editable = inConsultation.and(signed.not()).and(restoreOffer.isNull());
        canComplete = inConsultation.and(signed.or(noteEmpty)).and(saving.not());
        Observable[] noteParts = {
            subjective, objective, assessment, plan, diagnoses, prescriptions
        };
        for (Observable part : noteParts) {
            part.addListener(o -> noteChanged());
        }
        available.addListener((o, was, now) -> availabilityToggled(now));
        drug.addListener((o, was, now) -> drugWarnings.setAll(matching(now)));
        diagnosisQuery.addListener((o, was, now) -> searchDiagnoses(now));
        appointment.addListener((o, was, now) -> showPending());
    }

    // --- life of the screen ---

    /**
     * Starts the timer, finds out who the doctor is and reads the waiting list; later calls do
     * nothing. The timer keeps running while other screens are shown, so drafts keep being saved.
     */
    public void activate() {
        if (timer.isPresent()) {
            return;
        }
        timer = Optional.of(ticker.every(TICK, this::tick));
        findDoctor();
        preloadCatalog();
    }

    /** Stops the timer and keeps what is typed in the journal: the window is closing. */
    public void close() {
        journalNow();
        timer.ifPresent(Cancellable::cancel);
    }

    /** The screen is being left (another screen, another language, the window closing). */
    public void leaving() {
        journalNow();
    }

    /** One beat of the timer: journal, autosave, and every few beats the waiting list. */
    public void tick() {
        journalNow();
        autosaveIfDue();
        if (ticks++ % BOARD_EVERY_TICKS == 0) {
            refreshBoard();
        }
    }

    private void findDoctor() {
        background.run(desk::doctorId, this::doctorFound, this::tell);
    }

    private void doctorFound(Optional<Long> id) {
        doctorId = id;
        doctor.set(id.isPresent());
        if (id.isEmpty()) {
            message.set(localization.get("consultation.notDoctor"));
            return;
        }
        refreshBoard();
        refreshPending();
    }

    private void preloadCatalog() {
        background.run(catalog::load, () -> {}, this::tell);
    }

    // --- availability and the waiting list ---

    /** Reads the live board in the background, for a doctor, unless a read is under way. */
    public void refreshBoard() {
        if (boardInFlight || doctorId.isEmpty()) {
            return;
        }
        boardInFlight = true;
        background.run(desk::board, this::showBoard, this::boardFailed);
    }

    private void showBoard(LiveBoardDisplay board) {
        boardInFlight = false;
        queueUnavailable.set(board.status() == LiveBoardDisplay.Status.UNAVAILABLE);
        if (queueUnavailable.get()) {
            return;
        }
        queue.setAll(board.queue());
        doctorId.ifPresent(id -> syncAvailability(board, id));
        doctorId.ifPresent(id -> resumeConsultation(board, id));
    }

    private void boardFailed(Failure failure) {
        boardInFlight = false;
        queueUnavailable.set(true);
        tell(failure);
    }

    private void syncAvailability(LiveBoardDisplay board, long id) {
        if (availabilityBusy.get()) {
            return;
        }
        boolean listed = board.availableDoctors().stream().anyMatch(d -> d.doctorId() == id);
        setAvailableQuietly(listed);
    }

    /** After a restart, the patient this doctor had called is opened again. */
    private void resumeConsultation(LiveBoardDisplay board, long id) {
        if (resumeChecked) {
            return;
        }
        resumeChecked = true;
        board.inConsultation().stream()
                .filter(row -> row.doctorId() == id)
                .findFirst()
                .filter(row -> appointment.get() == null)
                .ifPresent(
                        row ->
                                background.run(
                                        () -> desk.appointment(row.appointmentId()),
                                        this::open,
                                        this::tell));
    }

    private void availabilityToggled(boolean wanted) {
        if (syncingAvailability) {
            return;
        }
        availabilityBusy.set(true);
        background.run(
                () -> desk.setAvailable(wanted),
                () -> availabilityBusy.set(false),
                failure -> {
                    availabilityBusy.set(false);
                    setAvailableQuietly(!wanted);
                    tell(failure);
                });
    }

    private void setAvailableQuietly(boolean value) {
        syncingAvailability = true;
        try {
            available.set(value);
        } finally {
            syncingAvailability = false;
        }
    }

    /** Calls the first waiting patient; an empty queue says so. */
    public void callNext() {
        if (appointment.get() != null) {
            message.set(localization.get("consultation.callNext.busy"));
            return;
        }
        message.set("");
        background.run(desk::callNext, this::open, this::tell);
    }

    // --- opening a patient ---

    private void open(Appointment called) {
        appointment.set(called);
        resetNote();
        summary.set(null);
        summaryFailed.set(false);
        allergies.clear();
        conditions.clear();
        earlierNotes.clear();
        loadSummary();
    }

    /** Reads the patient's summary (again, after a failure) and the journal's copy of the note. */
    public void loadSummary() {
        Appointment current = appointment.get();
        if (current == null) {
            return;
        }
        summaryFailed.set(false);
        background.run(
                () -> new Opening(desk.openSummary(current.patientId()), readJournal(current)),
                opening -> showOpening(current, opening),
                failure -> {
                    summaryFailed.set(true);
                    tell(failure);
                });
    }

    private Optional<JournalEntry> readJournal(Appointment current) {
        return journal.read(current.id());
    }

    private void showOpening(Appointment current, Opening opening) {
        if (appointment.get() != current) {
            return;
        }
        PatientSummary read = opening.summary();
        summary.set(read);
        allergies.setAll(AllergyWarnings.inBannerOrder(read.allergies()));
        conditions.setAll(read.conditions());
        Optional<MedicalNote> draft = read.notes().stream().filter(this::isOurDraft).findFirst();
        earlierNotes.setAll(read.notes().stream().filter(n -> !isOurDraft(n)).toList());
        draft.ifPresent(this::fillFromDraft);
        opening.journaled().filter(entry -> isNewerThan(entry, draft)).ifPresent(restoreOffer::set);
        refreshWarnings();
        if (restoreOnOpen.equals(Optional.of(current.id()))) {
            restoreOnOpen = Optional.empty();
            restoreJournal();
        }
    }

    private boolean isOurDraft(MedicalNote note) {
        Appointment current = appointment.get();
        return current != null && !note.signed() && note.appointmentId() == current.id();
    }

    private static boolean isNewerThan(JournalEntry entry, Optional<MedicalNote> draft) {
        if (draft.isEmpty()) {
            return !isBlank(entry.draft());
        }
        return entry.journaledAt().isAfter(draft.get().updatedAt())
                && !sameContent(entry.draft(), draft.get());
    }

    private void fillFromDraft(MedicalNote note) {
        noteId = Optional.of(note.noteId());
        fill(
                new MedicalNote.Soap(
                        note.subjective(), note.objective(), note.assessment(), note.plan()),
                note.diagnoses(),
                note.prescriptions());
        savedRevision = revision;
        journaledRevision = revision;
        lastSave = Optional.of(note.updatedAt());
    }

    /** Puts the journal's newer copy into the editor; it is then saved like any change. */
    public void restoreJournal() {
        JournalEntry offered = restoreOffer.get();
        if (offered == null) {
            return;
        }
        restoreOffer.set(null);
        offered.draft()
                .noteId()
                .filter(id -> noteId.isEmpty())
                .ifPresent(id -> noteId = Optional.of(id));
        fill(offered.draft().soap(), offered.draft().diagnoses(), offered.draft().prescriptions());
        revision++;
        message.set(localization.get("consultation.journal.restored"));
    }

    /** Keeps the saved draft and forgets the journal's copy. */
    public void discardJournal() {
        JournalEntry offered = restoreOffer.get();
        if (offered == null) {
            return;
        }
        restoreOffer.set(null);
        deleteJournal(offered.appointmentId());
    }

    // --- notes left in the journal ---

    /**
     * Reads this doctor's unsigned notes in the journal again (in the background), with their
     * patients' names; notes of other doctors who used this workstation are not shown.
     */
    public void refreshPending() {
        if (doctorId.isEmpty()) {
            return;
        }
        long doctor = doctorId.get();
        background.run(
                () -> readPending(doctor),
                found -> {
                    journaledNotes.clear();
                    journaledNotes.addAll(found);
                    showPending();
                },
                this::tell);
    }

    private List<PendingNote> readPending(long doctor) {
        List<PendingNote> found = new ArrayList<>();
        for (long id : journal.pending()) {
            journal.read(id)
                    .filter(entry -> entry.belongsTo(doctor) && !isBlank(entry.draft()))
                    .ifPresent(entry -> found.add(pendingNote(entry)));
        }
        return found;
    }

    private PendingNote pendingNote(JournalEntry entry) {
        long patientId = entry.draft().patientId();
        return new PendingNote(
                entry.appointmentId(), patientId, desk.patientName(patientId), entry.journaledAt());
    }

    /** The patient open in the editor is not listed: its note is on the screen. */
    private void showPending() {
        Appointment current = appointment.get();
        pendingNotes.setAll(
                journaledNotes.stream()
                        .filter(p -> current == null || p.appointmentId() != current.id())
                        .toList());
    }

    /**
     * Opens a pending note's consultation and puts the journal's copy into the editor, to be
     * finished and signed; refused while another patient is open.
     */
    public void reopenPending(PendingNote pending) {
        if (pending == null) {
            return;
        }
        if (appointment.get() != null) {
            message.set(localization.get("consultation.pending.busy"));
            return;
        }
        message.set("");
        background.run(
                () -> desk.appointment(pending.appointmentId()),
                found -> {
                    restoreOnOpen = Optional.of(found.id());
                    open(found);
                },
                this::tell);
    }

    /** Forgets a pending note's copy on this workstation; what MongoDB holds is untouched. */
    public void discardPending(PendingNote pending) {
        if (pending == null) {
            return;
        }
        journaledNotes.removeIf(p -> p.appointmentId() == pending.appointmentId());
        showPending();
        deleteJournal(pending.appointmentId());
        message.set(localization.get("consultation.pending.discarded"));
    }

    // --- the note ---

    private void noteChanged() {
        noteEmpty.set(isBlank(currentDraft()));
        if (!filling && appointment.get() != null && !signed.get()) {
            revision++;
        }
    }

    private void resetNote() {
        noteId = Optional.empty();
        fill(new MedicalNote.Soap("", "", "", ""), List.of(), List.of());
        revision = 0;
        savedRevision = 0;
        journaledRevision = 0;
        lastSave = Optional.empty();
        signed.set(false);
        signAfterSave = false;
        restoreOffer.set(null);
        draftStatus.set("");
        drug.set("");
        dose.set("");
        frequency.set("");
        duration.set("");
        diagnosisQuery.set("");
    }

    private void fill(MedicalNote.Soap soap, List<Diagnosis> codes, List<Prescription> drugs) {
        filling = true;
        try {
            subjective.set(soap.subjective());
            objective.set(soap.objective());
            assessment.set(soap.assessment());
            plan.set(soap.plan());
            diagnoses.setAll(codes);
            prescriptions.setAll(
                    drugs.stream().map(p -> new PrescribedDrug(p, matching(p.drug()))).toList());
        } finally {
            filling = false;
        }
        noteEmpty.set(isBlank(currentDraft()));
    }

    /** Adds a catalog code to the note's diagnoses (once). */
    public void addDiagnosis(Icd10Code code) {
        if (code == null || !editable.get()) {
            return;
        }
        Diagnosis chosen = new Diagnosis(code.dottedCode(), code.description());
        if (diagnoses.stream().noneMatch(d -> d.code().equals(chosen.code()))) {
            diagnoses.add(chosen);
        }
    }

    public void removeDiagnosis(Diagnosis diagnosis) {
        if (editable.get()) {
            diagnoses.remove(diagnosis);
        }
    }

    /** Adds the prescription typed in the drug fields; it warns when an allergy may match. */
    public void addPrescription() {
        if (!editable.get()) {
            return;
        }
        if (drug.get() == null || drug.get().isBlank()) {
            message.set(localization.get("consultation.prescription.drugRequired"));
            return;
        }
        Prescription added =
                new Prescription(
                        drug.get().strip(), dose.get(), frequency.get(), duration.get(), "");
        PrescribedDrug line = new PrescribedDrug(added, matching(added.drug()));
        prescriptions.add(line);
        if (line.warns()) {
            message.set(localization.get("consultation.prescription.allergyWarning"));
        }
        drug.set("");
        dose.set("");
        frequency.set("");
        duration.set("");
    }

    public void removePrescription(PrescribedDrug line) {
        if (editable.get()) {
            prescriptions.remove(line);
        }
    }

    private List<Allergy> matching(String drugText) {
        return AllergyWarnings.matching(drugText, allergies);
    }

    private void refreshWarnings() {
        List<PrescribedDrug> rechecked =
                prescriptions.stream()
                        .map(
                                p ->
                                        new PrescribedDrug(
                                                p.prescription(),
                                                matching(p.prescription().drug())))
                        .toList();
        filling = true;
        try {
            prescriptions.setAll(rechecked);
        } finally {
            filling = false;
        }
        drugWarnings.setAll(matching(drug.get()));
    }

    private void searchDiagnoses(String query) {
        diagnosisSearch.ifPresent(Cancellable::cancel);
        if (query == null || query.isBlank()) {
            diagnosisResults.clear();
            return;
        }
        diagnosisSearch =
                Optional.of(
                        background.run(
                                () -> catalog.search(query, DIAGNOSIS_RESULTS),
                                (List<Icd10Code> found) -> diagnosisResults.setAll(found),
                                this::tell));
    }

    private NoteDraft currentDraft() {
        Appointment current = appointment.get();
        return new NoteDraft(
                noteId,
                current == null ? 0 : current.patientId(),
                current == null ? 0 : current.id(),
                new MedicalNote.Soap(
                        subjective.get(), objective.get(), assessment.get(), plan.get()),
                List.copyOf(diagnoses),
                prescriptions.stream().map(PrescribedDrug::prescription).toList());
    }

    // --- journal and draft ---

    private void journalNow() {
        if (appointment.get() == null
                || signed.get()
                || restoreOffer.get() != null
                || revision == journaledRevision) {
            return;
        }
        JournalEntry snapshot = new JournalEntry(currentDraft(), clock.instant(), doctorId);
        journaledRevision = revision;
        writer.submit(
                journalKey(snapshot.appointmentId()),
                () -> journal.write(snapshot),
                failure -> journalFailed(snapshot.appointmentId()));
    }

    private void journalFailed(long appointmentId) {
        Appointment current = appointment.get();
        if (current != null && current.id() == appointmentId) {
            // Written again at the next tick.
            journaledRevision = -1;
        }
        message.set(localization.get("consultation.journal.failed"));
    }

    private void deleteJournal(long appointmentId) {
        writer.submit(journalKey(appointmentId), () -> journal.delete(appointmentId));
    }

    private static String journalKey(long appointmentId) {
        return "notes/" + appointmentId;
    }

    private void autosaveIfDue() {
        boolean due =
                lastSave.map(at -> !clock.instant().isBefore(at.plus(AUTOSAVE_EVERY))).orElse(true);
        if (due && editable.get() && revision != savedRevision && !saving.get()) {
            save(() -> {});
        }
    }

    /** Saves the draft now (Ctrl+S). */
    public void saveNow() {
        if (editable.get() && !saving.get()) {
            journalNow();
            save(() -> {});
        }
    }

    private void save(Runnable then) {
        NoteDraft draft = currentDraft();
        long saved = revision;
        saving.set(true);
        lastSave = Optional.of(clock.instant());
        background.run(
                () -> desk.saveDraft(draft),
                note -> {
                    saving.set(false);
                    noteId = Optional.of(note.noteId());
                    savedRevision = saved;
                    draftStatus.set(
                            localization.get(
                                    "consultation.draft.saved", clockTime(note.updatedAt())));
                    if (signAfterSave) {
                        // Signing was asked while this save was under way (e.g. an autosave).
                        signAfterSave = false;
                        sign();
                    } else {
                        then.run();
                    }
                },
                failure -> {
                    saving.set(false);
                    signAfterSave = false;
                    draftStatus.set(localization.get("consultation.draft.keptLocally"));
                    tell(failure);
                });
    }

    private String clockTime(Instant at) {
        return LocalTime.ofInstant(at, clock.getZone()).format(CLOCK_TIME);
    }

    /** Saves what changed, then signs the note (Ctrl+Enter); a signed note is read-only. */
    public void sign() {
        if (!editable.get() || noteEmpty.get()) {
            return;
        }
        if (saving.get()) {
            signAfterSave = true;
            return;
        }
        journalNow();
        if (noteId.isEmpty() || revision != savedRevision) {
            save(this::signSaved);
        } else {
            signSaved();
        }
    }

    private void signSaved() {
        if (revision != savedRevision) {
            save(this::signSaved);
            return;
        }
        String id = noteId.orElseThrow();
        saving.set(true);
        background.run(
                () -> desk.sign(id),
                this::signedNote,
                failure -> {
                    saving.set(false);
                    tell(failure);
                });
    }

    private void signedNote(MedicalNote note) {
        saving.set(false);
        signed.set(true);
        deleteJournal(note.appointmentId());
        journaledNotes.removeIf(p -> p.appointmentId() == note.appointmentId());
        earlierNotes.add(0, note);
        draftStatus.set(localization.get("consultation.note.signed", clockTime(clock.instant())));
        message.set(localization.get("consultation.note.signedMessage"));
    }

    /** Ends the consultation, freeing the doctor for the next call. */
    public void complete() {
        Appointment current = appointment.get();
        if (current == null || !canComplete.get()) {
            return;
        }
        if (current.status() != AppointmentStatus.IN_CONSULTATION) {
            // A pending note reopened for a consultation that already ended: just close it.
            closePatient("consultation.pending.closed");
            return;
        }
        background.run(
                () -> desk.complete(current.id()),
                done -> closePatient("consultation.completed"),
                this::tell);
    }

    private void closePatient(String messageKey) {
        appointment.set(null);
        summary.set(null);
        allergies.clear();
        conditions.clear();
        earlierNotes.clear();
        resetNote();
        message.set(localization.get(messageKey));
        refreshBoard();
    }

    private void tell(Failure failure) {
        message.set(failure.message());
    }

    private static boolean isBlank(NoteDraft draft) {
        MedicalNote.Soap soap = draft.soap();
        return Stream.of(soap.subjective(), soap.objective(), soap.assessment(), soap.plan())
                        .allMatch(String::isBlank)
                && draft.diagnoses().isEmpty()
                && draft.prescriptions().isEmpty();
    }

    private static boolean sameContent(NoteDraft draft, MedicalNote note) {
        return draft.soap()
                        .equals(
                                new MedicalNote.Soap(
                                        note.subjective(),
                                        note.objective(),
                                        note.assessment(),
                                        note.plan()))
                && draft.diagnoses().equals(note.diagnoses())
                && draft.prescriptions().equals(note.prescriptions());
    }

    /** What opening a patient reads: the summary and, when there is one, the journal's copy. */
    private record Opening(PatientSummary summary, Optional<JournalEntry> journaled) {}

    // --- properties for the view ---

    /** The zone the screen shows times in: the clinic's. */
    public ZoneId zone() {
        return clock.getZone();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty doctorProperty() {
        return doctor;
    }

    /** Bind a toggle to it both ways: a change from the screen asks the service. */
    public BooleanProperty availableProperty() {
        return available;
    }

    public ReadOnlyBooleanProperty availabilityBusyProperty() {
        return availabilityBusy;
    }

    public ObservableList<LiveBoardDisplay.QueueRow> queue() {
        return queueView;
    }

    public ReadOnlyBooleanProperty queueUnavailableProperty() {
        return queueUnavailable;
    }

    public ReadOnlyObjectProperty<Appointment> appointmentProperty() {
        return appointment;
    }

    public BooleanBinding inConsultationBinding() {
        return inConsultation;
    }

    public ReadOnlyObjectProperty<PatientSummary> summaryProperty() {
        return summary;
    }

    public ReadOnlyBooleanProperty summaryFailedProperty() {
        return summaryFailed;
    }

    /** The patient's allergies, most severe first. */
    public ObservableList<Allergy> allergies() {
        return allergiesView;
    }

    public ObservableList<Condition> conditions() {
        return conditionsView;
    }

    /** The patient's other notes, newest first (signed ones with their amendments). */
    public ObservableList<MedicalNote> earlierNotes() {
        return earlierNotesView;
    }

    public StringProperty subjectiveProperty() {
        return subjective;
    }

    public StringProperty objectiveProperty() {
        return objective;
    }

    public StringProperty assessmentProperty() {
        return assessment;
    }

    public StringProperty planProperty() {
        return plan;
    }

    public ObservableList<Diagnosis> diagnoses() {
        return diagnosesView;
    }

    public ObservableList<PrescribedDrug> prescriptions() {
        return prescriptionsView;
    }

    public StringProperty drugProperty() {
        return drug;
    }

    public StringProperty doseProperty() {
        return dose;
    }

    public StringProperty frequencyProperty() {
        return frequency;
    }

    public StringProperty durationProperty() {
        return duration;
    }

    /** The allergies the drug being typed may touch. */
    public ObservableList<Allergy> drugWarnings() {
        return drugWarningsView;
    }

    public StringProperty diagnosisQueryProperty() {
        return diagnosisQuery;
    }

    public ObservableList<Icd10Code> diagnosisResults() {
        return diagnosisResultsView;
    }

    public ReadOnlyBooleanProperty signedProperty() {
        return signed;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving;
    }

    public ReadOnlyStringProperty draftStatusProperty() {
        return draftStatus;
    }

    /** The journal's newer copy of the note, while the doctor has not chosen; null otherwise. */
    public ReadOnlyObjectProperty<JournalEntry> restoreOfferProperty() {
        return restoreOffer;
    }

    /** Notes this workstation's journal holds unsigned, except the one open in the editor. */
    public ObservableList<PendingNote> pendingNotes() {
        return pendingNotesView;
    }

    /** Whether the note can be typed in: a patient is open, not signed, no restore pending. */
    public BooleanBinding editableBinding() {
        return editable;
    }

    public BooleanBinding canSignBinding() {
        return Bindings.createBooleanBinding(
                () -> editable.get() && !noteEmpty.get(), editable, noteEmpty);
    }

    public BooleanBinding canCompleteBinding() {
        return canComplete;
    }
}
