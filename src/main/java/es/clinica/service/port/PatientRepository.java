package es.clinica.service.port;

import es.clinica.domain.Patient;
import es.clinica.domain.PatientData;
import es.clinica.domain.PatientIdentifier;
import java.util.List;
import java.util.Optional;

/**
 * Patients' core data in PostgreSQL. Every method joins the caller's {@link Transactions}
 * transaction when there is one. Every method may throw {@code UnavailableException} when
 * PostgreSQL cannot be reached.
 */
public interface PatientRepository {

    /**
     * Stores a new patient. Names are stored exactly as given.
     *
     * @return the stored patient with its id and timestamps
     * @throws es.clinica.service.ConflictException {@code patient.nationalId.duplicate} (field
     *     {@code nationalId}) when another patient has the same national id
     */
    Patient create(PatientData data);

    /**
     * Stores several new patients with batched inserts (imports, seeding): all or none.
     *
     * @return the stored patients, in the order given
     * @throws es.clinica.service.ConflictException {@code patient.nationalId.duplicate} when one of
     *     them clashes (with a stored patient or another of the batch); nothing is stored
     */
    List<Patient> createAll(List<PatientData> data);

    /**
     * Replaces a patient's data.
     *
     * @throws es.clinica.service.NotFoundException {@code patient.notFound} for an unknown id
     * @throws es.clinica.service.ConflictException {@code patient.nationalId.duplicate}
     */
    Patient update(long patientId, PatientData data);

    Optional<Patient> findById(long patientId);

    /** The patient with this national id (normalised value), if any. */
    Optional<Patient> findByNationalId(String nationalId);

    /**
     * Searches as {@link es.clinica.domain.PatientQuery} reads the query: digits are a phone
     * (matched on its last digits) or the start of a national id; one token with a digit is the
     * start of a national id; anything else is name words, folded like {@link
     * es.clinica.domain.SearchText}, each of which must occur in the patient's names. Ordered by
     * surnames then given names.
     *
     * @param query what was typed; a blank query finds nothing
     * @param limit at most this many (1 to 500)
     */
    List<Patient> search(String query, int limit);

    /**
     * Links a source identifier (a FHIR import's) to a patient; linking the same pair to the same
     * patient again changes nothing.
     *
     * @throws es.clinica.service.ConflictException {@code patient.identifier.duplicate} when the
     *     pair belongs to another patient
     */
    void addIdentifier(long patientId, PatientIdentifier identifier);

    /** The patient carrying this source identifier, if any (the import's duplicate check). */
    Optional<Patient> findByIdentifier(PatientIdentifier identifier);

    /** The source identifiers of a patient. */
    List<PatientIdentifier> identifiersOf(long patientId);

    /** Whether a patient with this id exists (for consistency checks). */
    boolean exists(long patientId);

    /** How many patients are stored. */
    long count();
}
