package es.clinica.service.port;

import es.clinica.domain.Amendment;
import es.clinica.domain.MedicalNote;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Consultation notes ({@code notas_medicas} in MongoDB). A signed note is never changed again; the
 * only write it accepts is an appended amendment.
 *
 * <p>Every method may throw {@link es.clinica.service.UnavailableException} (key {@code
 * store.mongo.unavailable}) when MongoDB cannot be reached or does not answer in time, and must not
 * be called on the JavaFX thread.
 */
public interface NoteRepository {

    /**
     * Creates or replaces an unsigned note by its id. The first save's {@code createdAt} is kept;
     * the signature fields and amendments of the given note are ignored (a draft has none).
     * Idempotent: saving the same draft twice leaves one identical document.
     *
     * @throws es.clinica.service.ConflictException {@code note.alreadySigned} when the note with
     *     this id is signed
     */
    void saveDraft(MedicalNote draft);

    /**
     * Signs an unsigned note, atomically: of two concurrent signatures one wins.
     *
     * @param doctorId who signs; the service checks it is the author
     * @return the signed note
     * @throws es.clinica.service.ConflictException {@code note.alreadySigned} when already signed
     * @throws es.clinica.service.NotFoundException {@code note.notFound} when there is no such note
     */
    MedicalNote sign(String noteId, long doctorId, Instant at);

    /**
     * Appends a correction to a signed note. The adapter records the author as given; whether that
     * doctor may amend the note is the service's rule. Appending the same amendment (same author,
     * instant and text) twice keeps one, so a retry does not duplicate it.
     *
     * @return the note with the amendment
     * @throws es.clinica.service.ConflictException {@code note.notSigned} when the note is a draft
     * @throws es.clinica.service.NotFoundException {@code note.notFound} when there is no such note
     */
    MedicalNote amend(String noteId, Amendment amendment);

    /** The note, or empty when there is none with this id. */
    Optional<MedicalNote> findById(String noteId);

    /** Every note of the patient, newest ({@code createdAt}) first. */
    List<MedicalNote> findByPatientId(long patientId);

    /** Every note the doctor wrote, newest first. */
    List<MedicalNote> findByDoctorId(long doctorId);

    /** The notes of one appointment (normally one), newest first. */
    List<MedicalNote> findByAppointmentId(long appointmentId);

    /** The distinct patient ids that have notes, ascending (for the consistency check). */
    List<Long> findAllPatientIds();

    /**
     * Stores finished notes exactly as given, signed or not (seeding a clinic's history), in one
     * unordered bulk insert; a note whose id is already stored is left as it is.
     *
     * @return how many notes were inserted
     */
    int insertAll(List<MedicalNote> notes);
}
