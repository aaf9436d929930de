package es.clinica.service;

import es.clinica.domain.Amendment;
import es.clinica.domain.MedicalNote;
import es.clinica.domain.Patient;
import es.clinica.domain.PatientProfile;
import es.clinica.domain.Prescription;
import es.clinica.service.port.AuditAction;
import es.clinica.service.port.NoteRepository;
import es.clinica.service.port.PatientRepository;
import es.clinica.service.port.ProfileRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The doctor's side of a consultation: the patient's summary, the note's draft, its signature and
 * later amendments, and the note history. Every opening of clinical data and every note signed or
 * amended is written to the audit trail.
 *
 * <p>Notes are written directly to MongoDB rather than through the outbox: the doctor is present to
 * retry, the workstation's local journal keeps the text meanwhile, and signing must be confirmed by
 * the store before the screen says it is signed. When MongoDB is down, saving and signing fail with
 * {@code note.store.unavailable} and nothing claims to be saved.
 */
public final class ConsultationService {

    /** The longest text accepted in one field of a note or an amendment. */
    public static final int MAX_TEXT = 20_000;

    /** Control characters other than tab and line breaks, and halves of a broken character. */
    private static final Pattern UNSTORABLE = Pattern.compile("\\p{Cs}|[\\p{Cc}&&[^\\t\\n\\r]]");

    private final AccessControl access;
    private final PatientRepository patients;
    private final ProfileRepository profiles;
    private final NoteRepository notes;
    private final AuditService audit;
    private final Clock clock;

    public ConsultationService(
            AccessControl access,
            PatientRepository patients,
            ProfileRepository profiles,
            NoteRepository notes,
            AuditService audit,
            Clock clock) {
        this.access = access;
        this.patients = patients;
        this.profiles = profiles;
        this.notes = notes;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Opens a patient's clinical summary: core data, allergies first, conditions, earlier notes
     * newest first. Recorded in the audit trail as an opening of clinical data.
     *
     * @throws NotFoundException {@code patient.notFound}
     * @throws UnavailableException when a store cannot be reached: the summary is never shown
     *     without its allergies
     */
    public PatientSummary openSummary(long patientId) {
        Actor doctor = access.require(Permission.CLINICAL_READ);
        Patient patient = findPatient(patientId);
        audit.record(
                doctor, AuditAction.CLINICAL_OPENED, AuditService.PATIENT, patientId, "summary");
        Optional<PatientProfile> profile = profiles.findByPatientId(patientId);
        return new PatientSummary(
                patient,
                profile.map(PatientProfile::allergies).orElse(List.of()),
                profile.map(PatientProfile::conditions).orElse(List.of()),
                notes.findByPatientId(patientId));
    }

    /**
     * Every note of a patient, newest first. Recorded as an opening of clinical data.
     *
     * @throws NotFoundException {@code patient.notFound}
     */
    public List<MedicalNote> history(long patientId) {
        Actor doctor = access.require(Permission.CLINICAL_READ);
        findPatient(patientId);
        audit.record(
                doctor, AuditAction.CLINICAL_OPENED, AuditService.PATIENT, patientId, "history");
        return notes.findByPatientId(patientId);
    }

    /**
     * Saves the draft of the acting doctor's note; saving again with the returned id replaces it.
     *
     * @return the saved note, with its id
     * @throws InvalidInputException {@code note.text.tooLong} or {@code
     *     note.text.invalidCharacters} (field: the text at fault)
     * @throws AccessDeniedException {@code note.notAuthor} when the id is another doctor's note
     * @throws ConflictException {@code note.alreadySigned}
     * @throws UnavailableException {@code note.store.unavailable} when MongoDB does not answer
     */
    public MedicalNote saveDraft(NoteDraft draft) {
        Actor actor = access.require(Permission.NOTE_WRITE);
        long doctorId = doctorOf(actor);
        checkTexts(draft);
        findPatient(draft.patientId());
        draft.noteId().ifPresent(ConsultationService::requireUuid);
        String noteId = draft.noteId().orElseGet(() -> UUID.randomUUID().toString());
        if (draft.noteId().isPresent()) {
            noteStore(() -> notes.findById(noteId)).ifPresent(n -> requireAuthor(n, doctorId));
        }
        MedicalNote note =
                MedicalNote.draft(
                        noteId,
                        draft.patientId(),
                        doctorId,
                        draft.appointmentId(),
                        now(),
                        draft.soap(),
                        draft.diagnoses(),
                        draft.prescriptions());
        noteStore(
                () -> {
                    notes.saveDraft(note);
                    return null;
                });
        return note;
    }

    /**
     * Signs the acting doctor's note; it is never changed afterwards. MongoDB signs first, then the
     * audit row is appended; when that append fails the signature stands and the caller is told
     * PostgreSQL is unavailable, and signing again completes the row instead of being refused.
     *
     * @throws NotFoundException {@code note.notFound}
     * @throws AccessDeniedException {@code note.notAuthor}
     * @throws ConflictException {@code note.alreadySigned} for a note signed and recorded
     * @throws UnavailableException {@code note.store.unavailable}: the note is not signed; {@code
     *     store.postgresql.unavailable}: signed, its audit row still to be written by a retry
     */
    public MedicalNote sign(String noteId) {
        Actor actor = access.require(Permission.NOTE_WRITE);
        long doctorId = doctorOf(actor);
        MedicalNote note = load(noteId);
        requireAuthor(note, doctorId);
        if (note.signed()) {
            if (signatureUnrecorded(note, doctorId)) {
                // An earlier sign reached MongoDB but not its audit row: this retry completes it.
                recordSignature(actor, note);
                return note;
            }
            throw new ConflictException("note.alreadySigned");
        }
        MedicalNote signed = noteStore(() -> notes.sign(noteId, doctorId, now()));
        recordSignature(actor, signed);
        return signed;
    }

    /** This doctor's signature of {@code note} with no audit row: the row failed after signing. */
    private boolean signatureUnrecorded(MedicalNote note, long doctorId) {
        return note.signedBy().equals(OptionalLong.of(doctorId))
                && !audit.recorded(
                        AuditAction.NOTE_SIGNED,
                        AuditService.PATIENT,
                        note.patientId(),
                        note.noteId());
    }

    private void recordSignature(Actor actor, MedicalNote note) {
        audit.record(
                actor,
                AuditAction.NOTE_SIGNED,
                AuditService.PATIENT,
                note.patientId(),
                note.noteId());
    }

    /**
     * Appends a correction to the acting doctor's signed note.
     *
     * @throws NotFoundException {@code note.notFound}
     * @throws AccessDeniedException {@code note.notAuthor} for another doctor's note
     * @throws ConflictException {@code note.notSigned} for a draft
     * @throws InvalidInputException {@code note.amendment.required}, {@code note.text.tooLong},
     *     {@code note.text.invalidCharacters}
     * @throws UnavailableException {@code note.store.unavailable}
     */
    public MedicalNote amend(String noteId, String text) {
        Actor actor = access.require(Permission.NOTE_WRITE);
        long doctorId = doctorOf(actor);
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("note.amendment.required", "amendment", null);
        }
        checkText(text, "amendment");
        MedicalNote note = load(noteId);
        requireAuthor(note, doctorId);
        if (!note.signed()) {
            throw new ConflictException("note.notSigned");
        }
        MedicalNote amended =
                noteStore(() -> notes.amend(noteId, new Amendment(doctorId, now(), text)));
        audit.record(
                actor, AuditAction.NOTE_AMENDED, AuditService.PATIENT, note.patientId(), noteId);
        return amended;
    }

    private Patient findPatient(long patientId) {
        return patients.findById(patientId)
                .orElseThrow(() -> new NotFoundException("patient.notFound", patientId));
    }

    private MedicalNote load(String noteId) {
        return noteStore(() -> notes.findById(noteId))
                .orElseThrow(() -> new NotFoundException("note.notFound"));
    }

    private static long doctorOf(Actor actor) {
        return actor.doctorId().orElseThrow(() -> new AccessDeniedException("access.denied"));
    }

    private static void requireUuid(String noteId) {
        try {
            UUID.fromString(noteId);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("note.id.invalid", "noteId", e);
        }
    }

    private static void requireAuthor(MedicalNote note, long doctorId) {
        if (note.doctorId() != doctorId) {
            throw new AccessDeniedException("note.notAuthor");
        }
    }

    private static void checkTexts(NoteDraft draft) {
        checkText(draft.soap().subjective(), "subjective");
        checkText(draft.soap().objective(), "objective");
        checkText(draft.soap().assessment(), "assessment");
        checkText(draft.soap().plan(), "plan");
        List<String> others = new ArrayList<>();
        draft.diagnoses().forEach(d -> others.add(d.label()));
        for (Prescription p : draft.prescriptions()) {
            others.addAll(List.of(p.drug(), p.dose(), p.frequency(), p.duration(), p.notes()));
        }
        others.forEach(text -> checkText(text, "prescriptions"));
    }

    /** A text MongoDB stores and gives back exactly as typed, or a refusal naming the field. */
    static void checkText(String text, String field) {
        if (text == null) {
            return;
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidInputException("note.text.tooLong", field, null, MAX_TEXT);
        }
        if (UNSTORABLE.matcher(text).find()) {
            throw new InvalidInputException("note.text.invalidCharacters", field, null);
        }
    }

    private static <T> T noteStore(Supplier<T> call) {
        try {
            return call.get();
        } catch (UnavailableException e) {
            throw new UnavailableException("note.store.unavailable", null, e);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
