package es.clinica.ui.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import es.clinica.domain.Allergy;
import es.clinica.domain.AllergySeverity;
import es.clinica.domain.AppointmentStatus;
import es.clinica.domain.Diagnosis;
import es.clinica.domain.Icd10Code;
import es.clinica.domain.MedicalNote;
import es.clinica.service.Icd10Catalog;
import es.clinica.service.NoteDraft;
import es.clinica.ui.fx.Background;
import es.clinica.ui.fx.JournalWriter;
import es.clinica.ui.i18n.Localization;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** The consultation's view model over an in-memory desk, without the FX toolkit. */
class ConsultationViewModelTest {

    private static final long APPOINTMENT = 501;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final FakeDesk desk = new FakeDesk(clock);
    private final Localization english = new Localization(Locale.ENGLISH);
    private NoteJournal journal;
    private ConsultationViewModel viewModel;

    @BeforeEach
    void build(TestInfo test) throws IOException {
        Path folder =
                Files.createDirectories(
                        Path.of("target", "test-journal", "vm", test.getDisplayName()));
        journal = NoteJournal.in(Files.createTempDirectory(folder, "journal"));
        viewModel = viewModel(Background.inline(english), JournalWriter.inline());
        viewModel.activate();
    }

    private ConsultationViewModel viewModel(Background background, JournalWriter writer) {
        return new ConsultationViewModel(
                desk,
                background,
                english,
                journal,
                writer,
                Icd10Catalog.of(
                        List.of(
                                new Icd10Code(
                                        "E119", "Type 2 diabetes mellitus without complications"),
                                new Icd10Code("J069", "Acute upper respiratory infection"))),
                clock,
                (period, action) -> () -> {});
    }

    @Test
    void callingNextWithNobodyWaitingSaysSo() {
        viewModel.callNext();

        assertThat(viewModel.messageProperty().get())
                .isEqualTo("Nobody is waiting in the queue right now.");
        assertThat(viewModel.appointmentProperty().get()).isNull();
    }

    @Test
    void allergyBannerListsTheMostSevereFirst() {
        desk.allergies =
                List.of(
                        allergy("Polen de gramíneas", AllergySeverity.MILD),
                        allergy("Látex", AllergySeverity.MODERATE),
                        allergy("Penicilina", AllergySeverity.SEVERE),
                        allergy("Marisco", AllergySeverity.UNKNOWN));

        callPatient();

        assertThat(viewModel.allergies())
                .extracting(Allergy::substance)
                .containsExactly("Penicilina", "Látex", "Polen de gramíneas", "Marisco");
    }

    @Test
    void prescribingADrugThatMatchesAnAllergyWarnsButIsKept() {
        desk.allergies = List.of(allergy("Penicilina", AllergySeverity.SEVERE));
        callPatient();

        viewModel.drugProperty().set("penicilina V 250 mg");
        assertThat(viewModel.drugWarnings())
                .extracting(Allergy::substance)
                .containsExactly("Penicilina");
        viewModel.addPrescription();
        viewModel.drugProperty().set("Ibuprofeno");
        viewModel.addPrescription();

        assertThat(viewModel.prescriptions()).hasSize(2);
        assertThat(viewModel.prescriptions().get(0).warns()).isTrue();
        assertThat(viewModel.prescriptions().get(0).allergies())
                .extracting(Allergy::substance)
                .containsExactly("Penicilina");
        assertThat(viewModel.prescriptions().get(1).warns()).isFalse();
    }

    @Test
    void drugOfTheSameClassButAnotherNameIsNotRecognised() {
        assertThat(
                        AllergyWarnings.matching(
                                "Amoxicilina 500 mg",
                                List.of(allergy("Penicilina", AllergySeverity.SEVERE))))
                .as("a textual match knows no drug classes")
                .isEmpty();
        assertThat(
                        AllergyWarnings.matching(
                                "IBUPROFENO 600",
                                List.of(allergy("ibuprofeno", AllergySeverity.MILD))))
                .hasSize(1);
    }

    @Test
    void draftIsSavedBySelfOnlyWhenChanged() {
        callPatient();
        viewModel.tick();
        assertThat(desk.savedDrafts).as("nothing typed, nothing saved").isEmpty();

        viewModel.subjectiveProperty().set("Tos seca desde hace tres días");
        viewModel.tick();
        assertThat(desk.savedDrafts).hasSize(1);
        clock.advance(Duration.ofSeconds(10));
        viewModel.tick();
        assertThat(desk.savedDrafts).as("unchanged since the last save").hasSize(1);

        viewModel.planProperty().set("Reposo");
        viewModel.tick();
        assertThat(desk.savedDrafts).as("changed, and past the autosave interval").hasSize(2);
        viewModel.planProperty().set("Reposo y líquidos");
        clock.advance(Duration.ofSeconds(1));
        viewModel.tick();
        assertThat(desk.savedDrafts).as("changed again too soon").hasSize(2);
        clock.advance(ConsultationViewModel.AUTOSAVE_EVERY);
        viewModel.tick();

        assertThat(desk.savedDrafts).hasSize(3);
        assertThat(desk.savedDrafts.get(2).soap().plan()).isEqualTo("Reposo y líquidos");
        assertThat(desk.savedDrafts.get(1).noteId())
                .as("every save after the first lands on the same note")
                .isPresent()
                .isEqualTo(desk.savedDrafts.get(2).noteId());
    }

    @Test
    void everyChangeIsJournaledAndTheScreenLeftWritesAtOnce() {
        callPatient();
        viewModel.subjectiveProperty().set("Dolor de cabeza");
        viewModel.leaving();

        assertThat(journal.read(APPOINTMENT))
                .map(e -> e.draft().soap().subjective())
                .contains("Dolor de cabeza");
        assertThat(journal.read(APPOINTMENT).flatMap(JournalEntry::doctorId))
                .contains(FakeDesk.DOCTOR);
    }

    @Test
    void theJournalIsWrittenByTheWriterNeverByTheScreensThread() {
        List<Runnable> journalThread = new ArrayList<>();
        ConsultationViewModel screen =
                viewModel(
                        Background.inline(english), new JournalWriter(journalThread::add, r -> {}));
        screen.activate();
        desk.patientWaits(APPOINTMENT);
        screen.callNext();

        screen.subjectiveProperty().set("Dolor");
        screen.tick();
        screen.subjectiveProperty().set("Dolor de cabeza");
        screen.leaving();
        assertThat(journal.read(APPOINTMENT))
                .as("nothing written on the caller's thread")
                .isEmpty();
        journalThread.forEach(Runnable::run);

        assertThat(journalThread).as("one pass, and only the latest snapshot").hasSize(1);
        assertThat(journal.read(APPOINTMENT))
                .map(e -> e.draft().soap().subjective())
                .contains("Dolor de cabeza");
    }

    @Test
    void signingAskedDuringAnAutosaveSignsOnceTheSaveEnds() {
        List<Runnable> calls = new ArrayList<>();
        ConsultationViewModel screen =
                viewModel(
                        new Background(calls::add, Runnable::run, english), JournalWriter.inline());
        screen.activate();
        desk.patientWaits(APPOINTMENT);
        screen.callNext();
        runAll(calls);
        screen.assessmentProperty().set("Faringitis aguda");

        screen.tick();
        assertThat(screen.savingProperty().get()).as("the autosave is under way").isTrue();
        screen.sign();
        runAll(calls);

        assertThat(screen.signedProperty().get()).isTrue();
        assertThat(desk.signedNotes).hasSize(1);
    }

    @Test
    void unsignedNotesLeftInTheJournalAreListedAndReopenedWithTheirText() {
        desk.knows(601, AppointmentStatus.COMPLETED);
        journal.write(new JournalEntry(draft(601, "Otalgia derecha de dos días"), clock.instant()));
        journal.write(new JournalEntry(draft(602, ""), clock.instant()));
        journal.write(
                new JournalEntry(
                        draft(603, "Nota de otro médico"), clock.instant(), Optional.of(99L)));

        viewModel.refreshPending();
        assertThat(viewModel.pendingNotes())
                .as("a blank note is not worth listing, another doctor's is not ours to see")
                .singleElement()
                .satisfies(
                        p -> {
                            assertThat(p.appointmentId()).isEqualTo(601);
                            assertThat(p.patientName()).contains("Lucía Ortega");
                        });
        viewModel.reopenPending(viewModel.pendingNotes().get(0));

        assertThat(viewModel.appointmentProperty().get().id()).isEqualTo(601);
        assertThat(viewModel.subjectiveProperty().get()).isEqualTo("Otalgia derecha de dos días");
        assertThat(viewModel.editableBinding().get()).isTrue();
        assertThat(viewModel.pendingNotes()).as("the open note is in the editor").isEmpty();
        viewModel.sign();
        assertThat(desk.signedNotes).hasSize(1);
        assertThat(journal.read(601)).isEmpty();
        viewModel.complete();
        assertThat(desk.completed).as("the consultation had already ended").isEmpty();
        assertThat(viewModel.appointmentProperty().get()).isNull();
        assertThat(viewModel.pendingNotes()).isEmpty();
    }

    @Test
    void aPendingNoteCannotBeReopenedOverAnOpenPatient() {
        desk.knows(601, AppointmentStatus.COMPLETED);
        journal.write(new JournalEntry(draft(601, "Otalgia"), clock.instant()));
        viewModel.refreshPending();
        callPatient();

        viewModel.reopenPending(viewModel.pendingNotes().get(0));

        assertThat(viewModel.appointmentProperty().get().id()).isEqualTo(APPOINTMENT);
        assertThat(viewModel.messageProperty().get()).startsWith("Finish the open consultation");
    }

    @Test
    void discardingAPendingNoteForgetsItsCopyOnThisWorkstation() {
        journal.write(new JournalEntry(draft(601, "Otalgia"), clock.instant()));
        viewModel.refreshPending();

        viewModel.discardPending(viewModel.pendingNotes().get(0));

        assertThat(viewModel.pendingNotes()).isEmpty();
        assertThat(journal.read(601)).isEmpty();
        assertThat(journal.pending()).isEmpty();
    }

    @Test
    void newerJournalThanTheSavedDraftIsOfferedAndRestored() {
        MedicalNote saved = savedDraft("Tos", clock.instant());
        desk.notes.add(saved);
        journal.write(
                new JournalEntry(
                        draft("Tos seca, fiebre de 38,5 y dolor al tragar"),
                        clock.instant().plusSeconds(30)));

        callPatient();

        assertThat(viewModel.subjectiveProperty().get())
                .as("the saved draft first")
                .isEqualTo("Tos");
        assertThat(viewModel.restoreOfferProperty().get()).isNotNull();
        assertThat(viewModel.editableBinding().get()).as("the doctor chooses first").isFalse();
        viewModel.restoreJournal();

        assertThat(viewModel.subjectiveProperty().get())
                .isEqualTo("Tos seca, fiebre de 38,5 y dolor al tragar");
        assertThat(viewModel.restoreOfferProperty().get()).isNull();
        clock.advance(ConsultationViewModel.AUTOSAVE_EVERY);
        viewModel.tick();
        assertThat(desk.savedDrafts)
                .singleElement()
                .satisfies(d -> assertThat(d.noteId()).contains(saved.noteId()));
    }

    @Test
    void olderJournalThanTheSavedDraftIsNotOffered() {
        journal.write(new JournalEntry(draft("Tos"), clock.instant().minusSeconds(60)));
        desk.notes.add(savedDraft("Tos y mocos", clock.instant()));

        callPatient();

        assertThat(viewModel.restoreOfferProperty().get()).isNull();
        assertThat(viewModel.subjectiveProperty().get()).isEqualTo("Tos y mocos");
    }

    @Test
    void signingSavesTheNoteDeletesTheJournalAndAllowsCompleting() {
        callPatient();
        viewModel.diagnosisQueryProperty().set("E11.9");
        viewModel.addDiagnosis(viewModel.diagnosisResults().get(0));
        viewModel.assessmentProperty().set("Diabetes tipo 2 controlada");
        viewModel.leaving();
        assertThat(journal.read(APPOINTMENT)).isPresent();

        viewModel.sign();

        assertThat(viewModel.signedProperty().get()).isTrue();
        assertThat(desk.signedNotes).hasSize(1);
        assertThat(desk.savedDrafts.get(0).diagnoses())
                .containsExactly(
                        new Diagnosis("E11.9", "Type 2 diabetes mellitus without complications"));
        assertThat(journal.read(APPOINTMENT)).isEmpty();
        assertThat(viewModel.canCompleteBinding().get()).isTrue();
        viewModel.complete();
        assertThat(desk.completed).containsExactly(APPOINTMENT);
        assertThat(viewModel.appointmentProperty().get()).isNull();
    }

    @Test
    void mongoDownKeepsTheTextInTheEditorAndTheJournal() {
        callPatient();
        desk.mongoDown = true;
        viewModel.objectiveProperty().set("TA 130/85, auscultación normal");

        viewModel.sign();

        assertThat(viewModel.signedProperty().get()).isFalse();
        assertThat(viewModel.messageProperty().get()).contains("MongoDB").contains("not saved");
        assertThat(viewModel.objectiveProperty().get()).isEqualTo("TA 130/85, auscultación normal");
        assertThat(journal.read(APPOINTMENT))
                .map(e -> e.draft().soap().objective())
                .contains("TA 130/85, auscultación normal");
        assertThat(viewModel.canCompleteBinding().get())
                .as("an unsigned note holds the consultation")
                .isFalse();
    }

    @Test
    void availabilityFollowsTheToggleAndTheBoard() {
        viewModel.availableProperty().set(true);

        assertThat(desk.available).isTrue();
        desk.available = false;
        viewModel.refreshBoard();
        assertThat(viewModel.availableProperty().get()).isFalse();
    }

    private void callPatient() {
        desk.patientWaits(APPOINTMENT);
        viewModel.callNext();
        assertThat(viewModel.appointmentProperty().get()).isNotNull();
    }

    private static void runAll(List<Runnable> queued) {
        while (!queued.isEmpty()) {
            queued.remove(0).run();
        }
    }

    private static NoteDraft draft(String subjective) {
        return draft(APPOINTMENT, subjective);
    }

    private static NoteDraft draft(long appointmentId, String subjective) {
        return new NoteDraft(
                Optional.empty(),
                FakeDesk.PATIENT,
                appointmentId,
                new MedicalNote.Soap(subjective, "", "", ""),
                List.of(),
                List.of());
    }

    private static MedicalNote savedDraft(String subjective, Instant at) {
        return MedicalNote.draft(
                "0b6b3d0e-8f38-4d39-9d4c-0e1f0b6d2a11",
                FakeDesk.PATIENT,
                FakeDesk.DOCTOR,
                APPOINTMENT,
                at,
                new MedicalNote.Soap(subjective, "", "", ""),
                List.of(),
                List.of());
    }

    private static Allergy allergy(String substance, AllergySeverity severity) {
        return Allergy.of(substance, null, severity, null);
    }

    /** A clock the test moves by hand. */
    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
