package es.clinica.ui.reception;

import static es.clinica.ui.reception.FakeReceptionDesk.MADRID;
import static es.clinica.ui.reception.FakeReceptionDesk.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import es.clinica.domain.Allergy;
import es.clinica.domain.AllergySeverity;
import es.clinica.domain.AppointmentStatus;
import es.clinica.domain.NationalId;
import es.clinica.domain.Patient;
import es.clinica.domain.PatientData;
import es.clinica.domain.PatientProfile;
import es.clinica.domain.PersonName;
import es.clinica.domain.Sex;
import es.clinica.service.ConflictException;
import es.clinica.service.ProfileData;
import es.clinica.service.ProfileReading;
import es.clinica.service.TimeSlot;
import es.clinica.service.UnavailableException;
import es.clinica.ui.fx.Background;
import es.clinica.ui.fx.Cancellable;
import es.clinica.ui.fx.JournalWriter;
import es.clinica.ui.i18n.Localization;
import es.clinica.ui.reception.ReceptionViewModel.MessageKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The reception screen's behaviour without the FX toolkit, over an in-memory desk. */
class ReceptionViewModelTest {

    private final Localization localization = new Localization(Locale.ENGLISH);
    private final FakeReceptionDesk desk = new FakeReceptionDesk();
    private final ManualDelay delay = new ManualDelay();
    private final ReceptionViewModel reception =
            new ReceptionViewModel(desk, Background.inline(localization), localization, delay);

    @Test
    void typingSearchesOnceAfterThePauseWithTheLastText() {
        Patient maria = patient(1, "María José", "Núñez-Pérez");
        desk.found.put("nunez", List.of(maria));

        type("n");
        type("nu");
        type("nunez");
        assertThat(desk.searches).isEmpty();
        delay.finish();

        assertThat(desk.searches).containsExactly("nunez");
        assertThat(delay.pauses).allMatch(ReceptionViewModel.SEARCH_PAUSE::equals);
        assertThat(reception.results()).containsExactly(maria);
        assertThat(reception.searchingProperty().get()).isFalse();
    }

    @Test
    void aNewSearchAbandonsTheOneStillRunning() {
        QueuedWorker worker = new QueuedWorker();
        ReceptionViewModel slow =
                new ReceptionViewModel(
                        desk,
                        new Background(worker, Runnable::run, localization),
                        localization,
                        delay);
        desk.found.put("garc", List.of(patient(1, "Ana", "Garcés")));
        desk.found.put("garcia", List.of(patient(2, "Luis", "García")));

        slow.searchTextProperty().set("garc");
        delay.finish();
        slow.searchTextProperty().set("garcia");
        delay.finish();
        assertThat(slow.busyProperty().get()).isTrue();
        worker.runNewestFirst();

        assertThat(desk.searches).containsExactly("garcia");
        assertThat(slow.results()).extracting(Patient::id).containsExactly(2L);
        assertThat(slow.busyProperty().get()).isFalse();
    }

    @Test
    void clearingTheSearchEmptiesTheResultsWithoutAskingTheStore() {
        desk.found.put("ana", List.of(patient(1, "Ana", "Ruiz")));
        type("ana");
        delay.finish();

        type("  ");
        delay.finish();

        assertThat(reception.results()).isEmpty();
        assertThat(desk.searches).containsExactly("ana");
    }

    @Test
    void missingRequiredFieldsAreMarkedBesideThemAndNothingIsSent() {
        reception.form().givenNamesProperty().set("María");

        reception.save();

        assertThat(reception.form().errors())
                .containsKeys("nationalId", "firstSurname", "dateOfBirth")
                .doesNotContainKey("givenNames");
        assertThat(reception.form().errors().get("dateOfBirth"))
                .isEqualTo("Please enter the date of birth.");
        assertThat(reception.messageKindProperty().get()).isEqualTo(MessageKind.ERROR);
        assertThat(desk.registered).isEmpty();
        assertThat(reception.form().givenNamesProperty().get()).isEqualTo("María");
    }

    @Test
    void wrongDniLetterIsShownBesideTheNationalIdAndTheFormKeepsItsValues() {
        fillMaria();
        reception.form().nationalIdProperty().set("12345678A");

        reception.save();

        assertThat(reception.form().errors())
                .containsOnlyKeys("nationalId")
                .containsEntry(
                        "nationalId", "The check letter of this DNI/NIE is wrong; it should be Z.");
        assertThat(reception.form().nationalIdProperty().get()).isEqualTo("12345678A");
        assertThat(reception.form().allergies()).hasSize(1);
        assertThat(desk.registered).isEmpty();
    }

    @Test
    void refusalFromTheStoreIsShownBesideItsFieldAndKeepsTheForm() {
        fillMaria();
        desk.refusal =
                Optional.of(
                        new ConflictException("patient.nationalId.duplicate", "nationalId", null));

        reception.save();

        assertThat(reception.form().errors())
                .containsEntry(
                        "nationalId",
                        "Another patient is already registered with this national id.");
        assertThat(reception.editingProperty().get()).isNull();
        assertThat(reception.form().givenNamesProperty().get()).isEqualTo("María José");
        assertThat(reception.form().allergies())
                .extracting(Allergy::substance)
                .containsExactly("Penicilina");
    }

    @Test
    void aPatientAlikeIsShownBeforeRegisteringAndConfirmingRegistersAnyway() {
        Patient registeredBefore = patient(7, "María", "Núñez");
        desk.alike.add(registeredBefore);
        fillMaria();

        reception.save();

        assertThat(desk.registered).isEmpty();
        assertThat(reception.similar()).containsExactly(registeredBefore);
        assertThat(reception.messageKindProperty().get()).isEqualTo(MessageKind.WARNING);
        assertThat(reception.similarText(registeredBefore))
                .isEqualTo("María Núñez (12345678Z), born 3/15/80");

        reception.confirmSimilar();

        assertThat(desk.registered).hasSize(1);
        assertThat(reception.editingProperty().get()).isNotNull();
        assertThat(reception.messageProperty().get()).startsWith("Registered María José");
    }

    @Test
    void dismissingTheWarningKeepsWhatWasTypedAndRegistersNothing() {
        desk.alike.add(patient(7, "María", "Núñez"));
        fillMaria();
        reception.save();

        reception.dismissSimilar();

        assertThat(reception.similar()).isEmpty();
        assertThat(desk.registered).isEmpty();
        assertThat(reception.form().firstSurnameProperty().get()).isEqualTo("Núñez-Pérez");
    }

    @Test
    void openingAPatientShowsTheirProfileAndSavingSendsItBack() {
        Patient maria = patient(3, "María", "López");
        desk.profiles.put(3L, new ProfileReading(profileWithLatex(3), false));

        reception.open(maria);
        reception.form().phoneProperty().set("+34 600 111 222");
        reception.save();

        assertThat(reception.form().allergies())
                .extracting(Allergy::substance)
                .containsExactly("Látex");
        assertThat(desk.updates).containsExactly("update 3 with 1 allergies");
        assertThat(reception.messageProperty().get())
                .isEqualTo("Saved the changes to María López.");
    }

    @Test
    void aProfileThatCannotBeReadIsNotErasedBySaving() {
        desk.profileRefusal = Optional.of(new UnavailableException("store.mongo.unavailable"));

        reception.open(patient(3, "María", "López"));
        assertThat(reception.messageProperty().get()).contains("MongoDB cannot be reached");
        reception.save();

        assertThat(desk.updates).containsExactly("core 3");
    }

    @Test
    void bookingLoadsDoctorsAndTodayThenBooksTheChosenSlotAndRefreshesTheLists() {
        desk.doctors.add(FakeReceptionDesk.doctor(5, "Ana", "Ruiz"));
        TimeSlot nine = slot("2026-03-02T08:00:00Z");
        TimeSlot nineTwenty = slot("2026-03-02T08:20:00Z");
        desk.free.addAll(List.of(nine, nineTwenty));
        reception.open(patient(3, "María", "López"));

        reception.prepareBooking();
        assertThat(reception.canBook().get()).isFalse();
        reception.slotProperty().set(nineTwenty);
        reception.reasonProperty().set("Revisión");
        reception.book();

        assertThat(reception.dayProperty().get()).isEqualTo(TODAY);
        assertThat(reception.doctorProperty().get().id()).isEqualTo(5);
        assertThat(desk.booked)
                .singleElement()
                .satisfies(
                        r -> {
                            assertThat(r.startsAt()).isEqualTo(nineTwenty.startsAt());
                            assertThat(r.durationMinutes()).isEqualTo(20);
                            assertThat(r.reason()).isEqualTo("Revisión");
                        });
        assertThat(reception.slots()).containsExactly(nine);
        assertThat(reception.slotProperty().get()).isNull();
        assertThat(reception.todays()).hasSize(1);
        assertThat(reception.messageProperty().get())
                .isEqualTo("Booked María López at 09:20 with Ana Ruiz.");
    }

    @Test
    void bookingWithoutAPatientIsRefusedWithAMessage() {
        desk.doctors.add(FakeReceptionDesk.doctor(5, "Ana", "Ruiz"));
        desk.free.add(slot("2026-03-02T08:00:00Z"));
        reception.prepareBooking();
        reception.slotProperty().set(reception.slots().get(0));

        reception.book();

        assertThat(desk.booked).isEmpty();
        assertThat(reception.messageProperty().get())
                .isEqualTo("Choose a patient, a doctor and a free slot first.");
    }

    @Test
    void checkingInRefreshesTodaysListWithTheNewStatus() {
        bookOneForToday();
        int readsBefore = desk.todaysReads;
        reception.appointmentProperty().set(reception.todays().get(0));

        reception.checkIn();

        assertThat(desk.checkedIn).containsExactly(1L);
        assertThat(desk.todaysReads).isEqualTo(readsBefore + 1);
        assertThat(reception.todays())
                .extracting(e -> e.appointment().status())
                .containsExactly(AppointmentStatus.CHECKED_IN);
        assertThat(reception.appointmentProperty().get().appointment().status())
                .isEqualTo(AppointmentStatus.CHECKED_IN);
        assertThat(reception.statusText(AppointmentStatus.CHECKED_IN)).isEqualTo("Waiting");
        assertThat(reception.messageProperty().get()).isEqualTo("María is in the waiting list.");
    }

    @Test
    void aRefusedCheckInIsToldAndTheListIsReadAgain() {
        bookOneForToday();
        reception.appointmentProperty().set(reception.todays().get(0));
        desk.refusal =
                Optional.of(
                        new ConflictException(
                                "appointment.status.illegal", "CANCELLED", "CHECKED_IN"));
        int readsBefore = desk.todaysReads;

        reception.checkIn();

        assertThat(reception.messageKindProperty().get()).isEqualTo(MessageKind.ERROR);
        assertThat(reception.messageProperty().get()).startsWith("An appointment that is");
        assertThat(desk.todaysReads).isEqualTo(readsBefore + 1);
    }

    @Test
    void timesAreShownInTheClinicsZone() {
        assertThat(reception.timeOf(Instant.parse("2026-07-01T07:40:00Z"))).isEqualTo("09:40");
        assertThat(MADRID.getId()).isEqualTo("Europe/Madrid");
    }

    private void bookOneForToday() {
        desk.doctors.add(FakeReceptionDesk.doctor(5, "Ana", "Ruiz"));
        desk.free.add(slot("2026-03-02T08:00:00Z"));
        reception.open(patient(3, "María", "López"));
        reception.prepareBooking();
        reception.slotProperty().set(reception.slots().get(0));
        reception.book();
    }

    @Test
    void aNewPatientsFormIsJournaledAfterThePauseAndForgottenOnceRegistered() throws IOException {
        RegistrationJournal journal = RegistrationJournal.in(scratchJournal());
        ReceptionViewModel journaled = journaled(journal);

        journaled.form().givenNamesProperty().set("María José");
        journaled.form().phoneProperty().set("+34 600 111 222");
        assertThat(journal.read()).as("not before the pause").isEmpty();
        delay.finish();
        assertThat(delay.pauses).contains(ReceptionViewModel.JOURNAL_EVERY);
        assertThat(journal.read())
                .hasValueSatisfying(
                        d -> {
                            assertThat(d.field("givenNames")).contains("María José");
                            assertThat(d.field("phone")).contains("+34 600 111 222");
                        });
        journaled.form().nationalIdProperty().set("12345678Z");
        journaled.form().firstSurnameProperty().set("Núñez-Pérez");
        journaled.form().dateOfBirthProperty().set(LocalDate.of(1980, 3, 15));
        journaled.leaving();
        assertThat(journal.read().flatMap(d -> d.field("dateOfBirth"))).contains("1980-03-15");

        journaled.save();
        delay.finish();

        assertThat(desk.registered).hasSize(1);
        assertThat(journal.read()).as("registered: nothing left to keep").isEmpty();
    }

    @Test
    void aFormLeftByACrashIsOfferedAndRestoredFieldByField() throws IOException {
        Path folder = scratchJournal();
        ReceptionViewModel before = journaled(RegistrationJournal.in(folder));
        before.form().nationalIdProperty().set("12345678Z");
        before.form().givenNamesProperty().set("Lucía");
        before.form().sexProperty().set(Sex.FEMALE);
        before.form().dateOfBirthProperty().set(LocalDate.of(1990, 1, 31));
        before.form().allergySubstanceProperty().set("Látex");
        before.addAllergy();
        before.form().conditionTextProperty().set("Asma");
        before.addCondition();
        before.form().freeNotesProperty().set("Prefiere\nllamadas por la tarde");
        delay.finish();

        ReceptionViewModel after = journaled(RegistrationJournal.in(folder));
        after.checkJournal();
        assertThat(after.draftOfferProperty().get()).isNotNull();
        after.restoreDraft();

        PatientForm form = after.form();
        assertThat(form.givenNamesProperty().get()).isEqualTo("Lucía");
        assertThat(form.nationalIdProperty().get()).isEqualTo("12345678Z");
        assertThat(form.sexProperty().get()).isEqualTo(Sex.FEMALE);
        assertThat(form.dateOfBirthProperty().get()).isEqualTo(LocalDate.of(1990, 1, 31));
        assertThat(form.allergies()).extracting(Allergy::substance).containsExactly("Látex");
        assertThat(form.conditions())
                .singleElement()
                .satisfies(c -> assertThat(c.display()).isEqualTo("Asma"));
        assertThat(form.freeNotesProperty().get()).isEqualTo("Prefiere\nllamadas por la tarde");
        assertThat(after.draftOfferProperty().get()).isNull();
        assertThat(after.messageProperty().get()).startsWith("The registration typed earlier");
    }

    @Test
    void discardingTheOfferedFormForgetsIt() throws IOException {
        RegistrationJournal journal = RegistrationJournal.in(scratchJournal());
        ReceptionViewModel before = journaled(journal);
        before.form().givenNamesProperty().set("Lucía");
        delay.finish();

        ReceptionViewModel after = journaled(journal);
        after.checkJournal();
        after.discardDraft();

        assertThat(after.draftOfferProperty().get()).isNull();
        assertThat(after.form().givenNamesProperty().get()).isEmpty();
        assertThat(journal.read()).isEmpty();
    }

    @Test
    void emptyingTheFormForANewPatientForgetsTheJournaledOne() throws IOException {
        RegistrationJournal journal = RegistrationJournal.in(scratchJournal());
        ReceptionViewModel journaled = journaled(journal);
        journaled.form().givenNamesProperty().set("Lucía");
        delay.finish();
        assertThat(journal.read()).isPresent();

        journaled.newPatient();
        delay.finish();

        assertThat(journal.read()).isEmpty();
    }

    private ReceptionViewModel journaled(RegistrationJournal journal) {
        return new ReceptionViewModel(
                desk,
                Background.inline(localization),
                localization,
                delay,
                journal,
                JournalWriter.inline(),
                java.time.Clock.fixed(FakeReceptionDesk.NOW, MADRID));
    }

    private static Path scratchJournal() throws IOException {
        Path scratch = Files.createDirectories(Path.of("target", "test-journal", "reception"));
        return Files.createTempDirectory(scratch, "journal");
    }

    private void type(String text) {
        reception.searchTextProperty().set(text);
    }

    private void fillMaria() {
        PatientForm form = reception.form();
        form.nationalIdProperty().set("12345678Z");
        form.givenNamesProperty().set("María José");
        form.firstSurnameProperty().set("Núñez-Pérez");
        form.dateOfBirthProperty().set(LocalDate.of(1980, 3, 15));
        form.allergySubstanceProperty().set("Penicilina");
        form.allergySeverityProperty().set(AllergySeverity.SEVERE);
        reception.addAllergy();
    }

    private static Patient patient(long id, String given, String surname) {
        return FakeReceptionDesk.patient(
                id,
                PatientData.of(
                        NationalId.parse("12345678Z"),
                        PersonName.of(given, surname, null),
                        LocalDate.of(1980, 3, 15),
                        Sex.FEMALE,
                        null,
                        null));
    }

    private static PatientProfile profileWithLatex(long patientId) {
        return new ProfileData(
                        List.of(Allergy.of("Látex", "Urticaria", AllergySeverity.MODERATE, null)),
                        List.of(),
                        Optional.empty(),
                        Optional.empty(),
                        "",
                        Optional.empty())
                .toProfile(patientId, 1, FakeReceptionDesk.NOW);
    }

    private static TimeSlot slot(String start) {
        Instant at = Instant.parse(start);
        return new TimeSlot(at, at.plus(Duration.ofMinutes(20)));
    }

    /** The debounce timer, run by the test: only the actions not cancelled run. */
    private static final class ManualDelay implements Delay {

        final List<Duration> pauses = new ArrayList<>();
        private final List<Runnable> pending = new ArrayList<>();

        @Override
        public Cancellable after(Duration pause, Runnable action) {
            pauses.add(pause);
            pending.add(action);
            return () -> pending.remove(action);
        }

        void finish() {
            List<Runnable> due = List.copyOf(pending);
            pending.clear();
            due.forEach(Runnable::run);
        }
    }

    /** A background worker that holds calls until the test runs them, in the order it likes. */
    private static final class QueuedWorker implements java.util.concurrent.Executor {

        private final List<Runnable> queued = new ArrayList<>();

        @Override
        public void execute(Runnable command) {
            queued.add(command);
        }

        void runNewestFirst() {
            for (int i = queued.size() - 1; i >= 0; i--) {
                queued.get(i).run();
            }
            queued.clear();
        }
    }
}
