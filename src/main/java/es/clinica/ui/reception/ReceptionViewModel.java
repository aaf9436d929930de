package es.clinica.ui.reception;

import es.clinica.domain.Appointment;
import es.clinica.domain.AppointmentRequest;
import es.clinica.domain.AppointmentStatus;
import es.clinica.domain.Doctor;
import es.clinica.domain.NationalId;
import es.clinica.domain.Patient;
import es.clinica.domain.PatientData;
import es.clinica.domain.RuleViolation;
import es.clinica.service.AppointmentEntry;
import es.clinica.service.ClinicServices;
import es.clinica.service.ProfileData;
import es.clinica.service.ProfileReading;
import es.clinica.service.Registration;
import es.clinica.service.TimeSlot;
import es.clinica.ui.fx.Background;
import es.clinica.ui.fx.Cancellable;
import es.clinica.ui.fx.Failure;
import es.clinica.ui.fx.JournalWriter;
import es.clinica.ui.i18n.Localization;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The reception screen: find patients as you type, register and edit them with their profile, book
 * appointments in a doctor's free slots, and move today's appointments along (check in, cancel,
 * no-show). Every store call runs through {@link Background}; what was typed stays in the form
 * whatever a save answers.
 *
 * <p>A new patient's form is journaled on this workstation's disk (through the {@link
 * JournalWriter}, never on the UI thread) at most {@link #JOURNAL_EVERY} after a change, when the
 * screen is left and when the window closes; the copy is forgotten once the patient is registered
 * or the form is emptied or discarded. A copy left by a crash is offered back when the screen
 * opens.
 */
public final class ReceptionViewModel {

    /** How many patients a search shows at most. */
    public static final int SEARCH_LIMIT = 50;

    /** The pause in typing after which the search runs. */
    public static final Duration SEARCH_PAUSE = Duration.ofMillis(250);

    /** The longest a change to a new patient's form waits before it is journaled. */
    public static final Duration JOURNAL_EVERY = Duration.ofSeconds(2);

    private static final String JOURNAL_KEY = "registrations/new-patient";

    /** How a message is shown: information, a warning to read, or a refusal. */
    public enum MessageKind {
        NONE,
        INFO,
        WARNING,
        ERROR
    }

    private static final Cancellable NOTHING = () -> {};

    private final ReceptionDesk desk;
    private final Background background;
    private final Localization localization;
    private final Delay delay;
    private final RegistrationJournal journal;
    private final JournalWriter writer;
    private final Clock clock;

    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObservableList<Patient> results = FXCollections.observableArrayList();
    private final BooleanProperty searching = new SimpleBooleanProperty();
    private Cancellable searchTimer = NOTHING;
    private Cancellable runningSearch = NOTHING;

    private final PatientForm form;
    private final ObjectProperty<Patient> editing = new SimpleObjectProperty<>();
    private final ObservableList<Patient> similar = FXCollections.observableArrayList();
    private boolean similarConfirmed;
    private boolean profileLoaded;

    private final ObservableList<Doctor> doctors = FXCollections.observableArrayList();
    private final ObjectProperty<Doctor> doctor = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final ObservableList<TimeSlot> slots = FXCollections.observableArrayList();
    private final ObjectProperty<TimeSlot> slot = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final BooleanProperty loadingSlots = new SimpleBooleanProperty();
    private Cancellable runningSlots = NOTHING;

    private final ObservableList<AppointmentEntry> todays = FXCollections.observableArrayList();
    private final ObjectProperty<AppointmentEntry> appointment = new SimpleObjectProperty<>();

    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<MessageKind> messageKind =
            new SimpleObjectProperty<>(MessageKind.NONE);
    private final IntegerProperty running = new SimpleIntegerProperty();
    private final BooleanBinding busy;
    private final IntegerProperty tab = new SimpleIntegerProperty();

    private final ObjectProperty<RegistrationDraft> draftOffer = new SimpleObjectProperty<>();
    private boolean journalDue;
    private boolean journalScheduled;
    private boolean journalChecked;

    /**
     * The workstation's reception over its services, debounced on the JavaFX timer.
     *
     * @param journal where a new patient's form is kept on this workstation
     * @param writer writes the journal off the UI thread, in order
     */
    public ReceptionViewModel(
            ClinicServices services,
            Background background,
            Localization localization,
            RegistrationJournal journal,
            JournalWriter writer) {
        this(
                ReceptionDesk.of(services),
                background,
                localization,
                new PauseDelay(),
                journal,
                writer,
                Clock.systemUTC());
    }

    /**
     * Without a journal on disk.
     *
     * @param delay the debounce timer of the search (tests drive it by hand)
     */
    public ReceptionViewModel(
            ReceptionDesk desk, Background background, Localization localization, Delay delay) {
        this(
                desk,
                background,
                localization,
                delay,
                RegistrationJournal.disabled(),
                JournalWriter.inline(),
                Clock.systemUTC());
    }

    /**
     * @param delay the debounce timer of the search and the pace of the journal
     * @param clock stamps the journal's copies
     */
    public ReceptionViewModel(
            ReceptionDesk desk,
            Background background,
            Localization localization,
            Delay delay,
            RegistrationJournal journal,
            JournalWriter writer,
            Clock clock) {
        this.desk = desk;
        this.background = background;
        this.localization = localization;
        this.delay = delay;
        this.journal = journal;
        this.writer = writer;
        this.clock = clock;
        this.form = new PatientForm(localization);
        this.busy = running.greaterThan(0).or(searching).or(loadingSlots);
        searchText.addListener((o, old, now) -> scheduleSearch());
        doctor.addListener((o, old, now) -> refreshSlots());
        day.addListener((o, old, now) -> refreshSlots());
        for (Observable part : form.parts()) {
            part.addListener(o -> formChanged());
        }
        editing.addListener((o, old, now) -> editingChanged(now));
    }

    // --- the journal of a new patient's form ---

    /**
     * Looks once (in the background) for a form a crash left in the journal, and offers it back.
     */
    public void checkJournal() {
        if (journalChecked) {
            return;
        }
        journalChecked = true;
        background.run(journal::read, found -> found.ifPresent(draftOffer::set), this::showFailure);
    }

    /** Puts the offered form back, to be checked and saved. */
    public void restoreDraft() {
        RegistrationDraft offered = draftOffer.get();
        if (offered == null) {
            return;
        }
        draftOffer.set(null);
        editing.set(null);
        similar.clear();
        similarConfirmed = false;
        profileLoaded = false;
        form.restore(offered);
        tab.set(0);
        show(MessageKind.INFO, localization.get("reception.draft.restored"));
    }

    /** Forgets the offered form. */
    public void discardDraft() {
        if (draftOffer.get() == null) {
            return;
        }
        draftOffer.set(null);
        forgetDraft();
        show(MessageKind.INFO, localization.get("reception.draft.discarded"));
    }

    /** The screen is being left: what is typed goes to the journal now. */
    public void leaving() {
        journalNow();
    }

    /** The window is closing or the user logging out: what is typed goes to the journal now. */
    public void close() {
        journalNow();
    }

    private void formChanged() {
        if (editing.get() != null || draftOffer.get() != null) {
            return;
        }
        journalDue = true;
        if (!journalScheduled) {
            journalScheduled = true;
            delay.after(
                    JOURNAL_EVERY,
                    () -> {
                        journalScheduled = false;
                        journalNow();
                    });
        }
    }

    private void journalNow() {
        if (!journalDue || editing.get() != null || draftOffer.get() != null) {
            return;
        }
        journalDue = false;
        Optional<RegistrationDraft> snapshot = form.draft(clock.instant());
        if (snapshot.isEmpty()) {
            writer.submit(JOURNAL_KEY, journal::delete);
            return;
        }
        RegistrationDraft typed = snapshot.get();
        writer.submit(JOURNAL_KEY, () -> journal.write(typed), failure -> journalFailed());
    }

    private void journalFailed() {
        journalDue = true;
        show(MessageKind.WARNING, localization.get("reception.draft.failed"));
    }

    /** A registered patient is in the form now: the new patient's copy is no longer needed. */
    private void editingChanged(Patient now) {
        if (now != null && draftOffer.get() == null) {
            forgetDraft();
        }
    }

    private void forgetDraft() {
        journalDue = false;
        writer.submit(JOURNAL_KEY, journal::delete);
    }

    // --- search ---

    private void scheduleSearch() {
        searchTimer.cancel();
        searchTimer = delay.after(SEARCH_PAUSE, this::searchNow);
    }

    /** Searches what is typed now, abandoning a search still running. */
    public void searchNow() {
        searchTimer.cancel();
        runningSearch.cancel();
        String query = searchText.get().strip();
        if (query.isEmpty()) {
            searching.set(false);
            results.clear();
            return;
        }
        searching.set(true);
        runningSearch =
                background.run(
                        () -> desk.search(query, SEARCH_LIMIT),
                        found -> {
                            searching.set(false);
                            results.setAll(found);
                        },
                        failure -> {
                            searching.set(false);
                            showFailure(failure);
                        });
    }

    // --- the patient form ---

    /** Empties the form for a new patient. */
    public void newPatient() {
        editing.set(null);
        form.clear();
        if (draftOffer.get() == null) {
            forgetDraft();
        }
        similar.clear();
        similarConfirmed = false;
        profileLoaded = false;
        clearMessage();
        tab.set(0);
    }

    /** Shows a patient in the form; their profile follows from the background. */
    public void open(Patient patient) {
        editing.set(patient);
        form.fill(patient);
        form.clearProfile();
        similar.clear();
        similarConfirmed = false;
        profileLoaded = false;
        clearMessage();
        work(
                () -> desk.profileOf(patient.id()),
                reading -> profileArrived(patient.id(), reading),
                failure -> show(MessageKind.ERROR, "reception.profile.unavailable", failure));
    }

    private void profileArrived(long patientId, Optional<ProfileReading> reading) {
        Patient shown = editing.get();
        if (shown != null && shown.id() == patientId) {
            reading.ifPresent(r -> form.fill(r.profile()));
            profileLoaded = true;
        }
    }

    /** Adds the allergy typed in the allergy editor to the list. */
    public void addAllergy() {
        form.addAllergy();
    }

    /** Adds the condition typed to the history. */
    public void addCondition() {
        form.addCondition();
    }

    /**
     * Saves the form: registers a new patient (warning first when one alike is registered) or
     * updates the one shown. A refusal is shown beside its field; the form keeps its values.
     */
    public void save() {
        clearMessage();
        form.errors().clear();
        Optional<PatientData> data = form.patientData();
        Optional<ProfileData> profile = form.profileData();
        if (data.isEmpty() || profile.isEmpty()) {
            show(MessageKind.ERROR, localization.get("reception.form.invalid"));
            return;
        }
        Patient current = editing.get();
        if (current == null) {
            register(data.get(), profile.get());
        } else {
            update(current.id(), data.get(), profile.get());
        }
    }

    private void register(PatientData data, ProfileData profile) {
        boolean confirmed = similarConfirmed;
        work(
                () -> {
                    if (!confirmed) {
                        List<Patient> alike = desk.findSimilar(data);
                        if (!alike.isEmpty()) {
                            return new SaveOutcome(Optional.empty(), alike);
                        }
                    }
                    Registration done = desk.register(data, profile);
                    return new SaveOutcome(Optional.of(done.patient()), done.similar());
                },
                this::registered,
                this::refusedSave);
    }

    private void registered(SaveOutcome outcome) {
        similar.setAll(outcome.similar());
        if (outcome.patient().isEmpty()) {
            show(MessageKind.WARNING, localization.get("reception.similar.warning"));
            return;
        }
        Patient patient = outcome.patient().get();
        editing.set(patient);
        similarConfirmed = false;
        profileLoaded = true;
        show(
                outcome.similar().isEmpty() ? MessageKind.INFO : MessageKind.WARNING,
                localization.get("reception.patient.registered", nameOf(patient)));
    }

    /** The user saw the patients alike and registers the new one anyway. */
    public void confirmSimilar() {
        similarConfirmed = true;
        save();
    }

    /** The user saw the patients alike and goes back to the form, which keeps what was typed. */
    public void dismissSimilar() {
        similar.clear();
        clearMessage();
    }

    private void update(long patientId, PatientData data, ProfileData profile) {
        // Without the stored profile in the form, saving it would erase it: only the core goes.
        boolean withProfile = profileLoaded;
        work(
                () ->
                        withProfile
                                ? desk.update(patientId, data, profile)
                                : desk.updateCore(patientId, data),
                patient -> {
                    editing.set(patient);
                    show(
                            MessageKind.INFO,
                            localization.get("reception.patient.saved", nameOf(patient)));
                },
                this::refusedSave);
    }

    private void refusedSave(Failure failure) {
        failure.field()
                .filter(PatientForm.FIELDS::contains)
                .ifPresent(field -> form.errors().put(field, failure.message()));
        show(MessageKind.ERROR, failure.message());
    }

    // --- booking ---

    /** Loads the doctors to book with and today's date, once the booking is first shown. */
    public void prepareBooking() {
        if (!doctors.isEmpty()) {
            refreshSlots();
            return;
        }
        work(
                () -> new BookingStart(desk.doctors(), desk.today()),
                start -> {
                    doctors.setAll(start.doctors());
                    if (day.get() == null) {
                        day.set(start.today());
                    }
                    if (doctor.get() == null && !doctors.isEmpty()) {
                        doctor.set(doctors.get(0));
                    }
                },
                this::showFailure);
    }

    /** Reads the chosen doctor's free slots on the chosen day, abandoning an earlier read. */
    public void refreshSlots() {
        runningSlots.cancel();
        slot.set(null);
        slots.clear();
        Doctor chosen = doctor.get();
        LocalDate chosenDay = day.get();
        if (chosen == null || chosenDay == null) {
            loadingSlots.set(false);
            return;
        }
        loadingSlots.set(true);
        runningSlots =
                background.run(
                        () -> desk.freeSlots(chosen.id(), chosenDay),
                        free -> {
                            loadingSlots.set(false);
                            slots.setAll(free);
                        },
                        failure -> {
                            loadingSlots.set(false);
                            showFailure(failure);
                        });
    }

    /** Books the chosen slot for the patient in the form. */
    public void book() {
        Patient patient = editing.get();
        TimeSlot chosen = slot.get();
        Doctor with = doctor.get();
        if (patient == null || chosen == null || with == null) {
            show(MessageKind.ERROR, localization.get("reception.booking.incomplete"));
            return;
        }
        AppointmentRequest request;
        try {
            request = requestFor(patient, with, chosen);
        } catch (RuleViolation e) {
            show(MessageKind.ERROR, localization.get(e.messageKey(), e.arguments().toArray()));
            return;
        }
        work(
                () -> desk.book(request),
                booked -> {
                    show(
                            MessageKind.INFO,
                            localization.get(
                                    "reception.booking.done",
                                    nameOf(patient),
                                    timeOf(booked.startsAt()),
                                    with.name().display()));
                    reason.set("");
                    refreshSlots();
                    refreshToday();
                },
                failure -> {
                    showFailure(failure);
                    refreshSlots();
                });
    }

    private AppointmentRequest requestFor(Patient patient, Doctor with, TimeSlot chosen) {
        int minutes = (int) Duration.between(chosen.startsAt(), chosen.endsAt()).toMinutes();
        return new AppointmentRequest(
                patient.id(), with.id(), chosen.startsAt(), minutes, reason.get());
    }

    /** Whether everything a booking needs is chosen. */
    public ObservableBooleanValue canBook() {
        return editing.isNotNull().and(doctor.isNotNull()).and(slot.isNotNull());
    }

    // --- today's appointments ---

    /** Reads today's appointments again. */
    public void refreshToday() {
        work(desk::todaysList, this::showToday, this::showFailure);
    }

    private void showToday(List<AppointmentEntry> entries) {
        Long chosen = appointment.get() == null ? null : appointment.get().appointment().id();
        todays.setAll(entries);
        appointment.set(
                entries.stream()
                        .filter(e -> chosen != null && e.appointment().id() == chosen)
                        .findFirst()
                        .orElse(null));
    }

    /** The chosen appointment's patient has arrived: they join the waiting list. */
    public void checkIn() {
        act(desk::checkIn, "reception.today.checkedIn");
    }

    /** Cancels the chosen appointment. */
    public void cancelAppointment() {
        act(desk::cancel, "reception.today.cancelled");
    }

    /** The chosen appointment's patient did not come. */
    public void markNoShow() {
        act(desk::markNoShow, "reception.today.noShow");
    }

    private void act(LongFunction<Appointment> action, String doneKey) {
        AppointmentEntry chosen = appointment.get();
        if (chosen == null) {
            show(MessageKind.ERROR, localization.get("reception.today.noneChosen"));
            return;
        }
        work(
                () -> action.apply(chosen.appointment().id()),
                done -> {
                    show(MessageKind.INFO, localization.get(doneKey, chosen.patientName()));
                    refreshToday();
                },
                failure -> {
                    showFailure(failure);
                    refreshToday();
                });
    }

    // --- what the view shows ---

    /** A patient's name as typed. */
    public String nameOf(Patient patient) {
        return patient.data().name().display();
    }

    /** A patient's national id, or a note that reception must ask for it. */
    public String nationalIdOf(Patient patient) {
        return patient.data()
                .nationalId()
                .map(NationalId::value)
                .orElseGet(() -> localization.get("reception.patient.noNationalId"));
    }

    /** A date in the user's language, short. */
    public String dateOf(LocalDate date) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT)
                        .withLocale(localization.locale())
                        .format(date);
    }

    /** A time of day in the clinic's zone ("09:40"). */
    public String timeOf(Instant instant) {
        return DateTimeFormatter.ofPattern("HH:mm").withZone(desk.zone()).format(instant);
    }

    /** A free slot as shown in the list ("09:40 – 10:00"). */
    public String slotText(TimeSlot free) {
        return localization.get(
                "reception.booking.slot", timeOf(free.startsAt()), timeOf(free.endsAt()));
    }

    /** An appointment status in the user's language. */
    public String statusText(AppointmentStatus status) {
        return localization.get("reception.status." + status.name());
    }

    /** A patient alike, for the warning: name, national id and birth date. */
    public String similarText(Patient patient) {
        return localization.get(
                "reception.similar.candidate",
                nameOf(patient),
                nationalIdOf(patient),
                dateOf(patient.data().dateOfBirth()));
    }

    // --- plumbing ---

    private <T> void work(Supplier<T> call, Consumer<T> onSuccess, Consumer<Failure> onFailure) {
        running.set(running.get() + 1);
        background.run(
                call,
                result -> {
                    running.set(running.get() - 1);
                    onSuccess.accept(result);
                },
                failure -> {
                    running.set(running.get() - 1);
                    onFailure.accept(failure);
                });
    }

    private void showFailure(Failure failure) {
        show(MessageKind.ERROR, failure.message());
    }

    private void show(MessageKind kind, String key, Failure failure) {
        show(kind, localization.get(key, failure.message()));
    }

    private void show(MessageKind kind, String text) {
        messageKind.set(kind);
        message.set(text);
    }

    private void clearMessage() {
        show(MessageKind.NONE, "");
    }

    private record SaveOutcome(Optional<Patient> patient, List<Patient> similar) {}

    private record BookingStart(List<Doctor> doctors, LocalDate today) {}

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObservableList<Patient> results() {
        return results;
    }

    public ObservableBooleanValue searchingProperty() {
        return searching;
    }

    public PatientForm form() {
        return form;
    }

    /** The patient in the form; {@code null} while a new one is typed. */
    public ReadOnlyObjectProperty<Patient> editingProperty() {
        return editing;
    }

    /** Registered patients that look like the one being registered; empty when none. */
    public ObservableList<Patient> similar() {
        return similar;
    }

    public ObservableList<Doctor> doctors() {
        return doctors;
    }

    public ObjectProperty<Doctor> doctorProperty() {
        return doctor;
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public ObservableList<TimeSlot> slots() {
        return slots;
    }

    public ObjectProperty<TimeSlot> slotProperty() {
        return slot;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ObservableList<AppointmentEntry> todays() {
        return todays;
    }

    /** The appointment chosen in today's list; {@code null} when none. */
    public ObjectProperty<AppointmentEntry> appointmentProperty() {
        return appointment;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyObjectProperty<MessageKind> messageKindProperty() {
        return messageKind;
    }

    /** Whether a store call is under way (for the progress indicator). */
    public ObservableBooleanValue busyProperty() {
        return busy;
    }

    /** The tab shown: 0 patient, 1 booking, 2 today. */
    public IntegerProperty tabProperty() {
        return tab;
    }

    /** A new patient's form left in the journal (e.g. by a crash), offered back; null when none. */
    public ReadOnlyObjectProperty<RegistrationDraft> draftOfferProperty() {
        return draftOffer;
    }

    /** When a journaled form was typed, in the user's language and the clinic's zone. */
    public String journaledText(Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(localization.locale())
                .withZone(desk.zone())
                .format(at);
    }

    /** Whether the form shows a new patient (nothing registered yet). */
    public ObservableBooleanValue newPatientProperty() {
        return Bindings.isNull(editing);
    }
}
