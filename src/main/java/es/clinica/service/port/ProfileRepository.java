package es.clinica.service.port;

import es.clinica.domain.PatientProfile;
import java.util.List;
import java.util.Optional;

/**
 * Patients' extended profiles (MongoDB), keyed by the PostgreSQL patient id.
 *
 * <p>Every method may throw {@link es.clinica.service.UnavailableException} (key {@code
 * store.mongo.unavailable}) when MongoDB cannot be reached or does not answer in time, and must not
 * be called on the JavaFX thread.
 */
public interface ProfileRepository {

    /**
     * Stores the profile as given, replacing the patient's previous one, unless a profile with a
     * higher {@link PatientProfile#version()} is already stored. Idempotent: applying the same
     * profile twice leaves one identical document, so the outbox relay may retry freely.
     *
     * @return {@code true} when the stored document is now this version; {@code false} when a newer
     *     version was already there and this one was ignored
     */
    boolean save(PatientProfile profile);

    /** The patient's profile, or empty when none was stored. */
    Optional<PatientProfile> findByPatientId(long patientId);

    /** The patient ids of every stored profile, ascending (for the consistency check). */
    List<Long> findAllPatientIds();

    /**
     * Stores many profiles in one round trip per call (seeding, imports), each as {@link
     * #save(PatientProfile)} would: a profile with a lower version than the stored one is ignored.
     *
     * @return how many profiles are now stored as given
     */
    int saveAll(List<PatientProfile> profiles);

    /**
     * Stores the first profiles of patients that have none yet (seeding), in one unordered bulk
     * insert per call: no per-document look-up, so it stays fast however many profiles are stored.
     * A profile whose patient already has one is left as stored.
     *
     * @return how many profiles were inserted
     */
    int insertAll(List<PatientProfile> profiles);
}
