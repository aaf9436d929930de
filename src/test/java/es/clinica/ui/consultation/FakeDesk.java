package es.clinica.ui.consultation;

import es.clinica.domain.Allergy;
import es.clinica.domain.Appointment;
import es.clinica.domain.AppointmentStatus;
import es.clinica.domain.MedicalNote;
import es.clinica.domain.NationalId;
import es.clinica.domain.Patient;
import es.clinica.domain.PatientData;
import es.clinica.domain.PersonName;
import es.clinica.domain.Sex;
import es.clinica.service.ConflictException;
import es.clinica.service.LiveBoardDisplay;
import es.clinica.service.NotFoundException;
import es.clinica.service.NoteDraft;
import es.clinica.service.PatientSummary;
import es.clinica.service.UnavailableException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/** The services a doctor's screen talks to, in memory: one doctor, a queue of appointments. */
final class FakeDesk implements DoctorDesk {

    static final long DOCTOR = 7;
    static final long PATIENT = 42;

    private final Clock clock;
    final List<Appointment> waiting = new ArrayList<>();
    final List<Appointment> known = new ArrayList<>();
    final List<NoteDraft> savedDrafts = new ArrayList<>();
    final List<String> signedNotes = new ArrayList<>();
    final List<Long> completed = new ArrayList<>();
    List<Allergy> allergies = List.of();
    List<MedicalNote> notes = new ArrayList<>();
    boolean mongoDown;
    boolean available;

    FakeDesk(Clock clock) {
        this.clock = clock;
    }

    /** Puts one checked-in appointment of {@link #PATIENT} in the queue; returns its id. */
    long patientWaits(long appointmentId) {
        waiting.add(appointmentOf(appointmentId, AppointmentStatus.CHECKED_IN));
        return appointmentId;
    }

    /** An appointment of {@link #PATIENT} that the desk knows, e.g. one already completed. */
    void knows(long appointmentId, AppointmentStatus status) {
        known.add(appointmentOf(appointmentId, status));
    }

    private Appointment appointmentOf(long appointmentId, AppointmentStatus status) {
        Instant now = clock.instant();
        return new Appointment(
                appointmentId,
                PATIENT,
                DOCTOR,
                now,
                20,
                "",
                status,
                now,
                Optional.of(now),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    @Override
    public Optional<Long> doctorId() {
        return Optional.of(DOCTOR);
    }

    @Override
    public LiveBoardDisplay board() {
        return new LiveBoardDisplay(
                LiveBoardDisplay.Status.LIVE,
                List.of(),
                List.of(),
                available
                        ? List.of(new LiveBoardDisplay.DoctorRow(DOCTOR, "Dra. Pruebas"))
                        : List.of(),
                List.of(),
                0,
                clock.instant());
    }

    @Override
    public void setAvailable(boolean available) {
        this.available = available;
    }

    @Override
    public Appointment callNext() {
        if (waiting.isEmpty()) {
            throw new ConflictException("queue.empty");
        }
        return appointmentOf(waiting.remove(0).id(), AppointmentStatus.IN_CONSULTATION);
    }

    @Override
    public Appointment appointment(long appointmentId) {
        return known.stream()
                .filter(a -> a.id() == appointmentId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("appointment.notFound"));
    }

    @Override
    public Optional<String> patientName(long patientId) {
        return Optional.of("Lucía Ortega");
    }

    @Override
    public PatientSummary openSummary(long patientId) {
        Patient patient =
                new Patient(
                        patientId,
                        PatientData.of(
                                NationalId.parse("12345678Z"),
                                PersonName.of("Lucía", "Ortega", null),
                                LocalDate.of(1980, 5, 17),
                                Sex.FEMALE,
                                null,
                                null),
                        clock.instant(),
                        clock.instant());
        return new PatientSummary(patient, allergies, List.of(), notes);
    }

    @Override
    public MedicalNote saveDraft(NoteDraft draft) {
        if (mongoDown) {
            throw new UnavailableException("note.store.unavailable");
        }
        savedDrafts.add(draft);
        String id = draft.noteId().orElseGet(() -> UUID.randomUUID().toString());
        return MedicalNote.draft(
                id,
                draft.patientId(),
                DOCTOR,
                draft.appointmentId(),
                clock.instant(),
                draft.soap(),
                draft.diagnoses(),
                draft.prescriptions());
    }

    @Override
    public MedicalNote sign(String noteId) {
        if (mongoDown) {
            throw new UnavailableException("note.store.unavailable");
        }
        signedNotes.add(noteId);
        NoteDraft last = savedDrafts.get(savedDrafts.size() - 1);
        MedicalNote draft = saveDraftCopy(noteId, last);
        return new MedicalNote(
                noteId,
                draft.patientId(),
                DOCTOR,
                draft.appointmentId(),
                draft.createdAt(),
                draft.updatedAt(),
                draft.subjective(),
                draft.objective(),
                draft.assessment(),
                draft.plan(),
                draft.diagnoses(),
                draft.prescriptions(),
                true,
                Optional.of(clock.instant()),
                OptionalLong.of(DOCTOR),
                List.of());
    }

    private MedicalNote saveDraftCopy(String noteId, NoteDraft draft) {
        return MedicalNote.draft(
                noteId,
                draft.patientId(),
                DOCTOR,
                draft.appointmentId(),
                clock.instant(),
                draft.soap(),
                draft.diagnoses(),
                draft.prescriptions());
    }

    @Override
    public Appointment complete(long appointmentId) {
        completed.add(appointmentId);
        return null;
    }
}
