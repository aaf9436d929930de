package es.clinica.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A patient's extended profile, the MongoDB document beside the PostgreSQL patient row and keyed by
 * its id. Texts are kept exactly as typed.
 *
 * @param patientId the PostgreSQL patient id
 * @param allergies in the order given; never null
 * @param conditions history and conditions; never null
 * @param address where the patient lives, when known
 * @param emergencyContact whom to call, when known
 * @param freeNotes free remarks; empty when none
 * @param maidenName a former surname, when there is one
 * @param version the writer's version of this profile (the outbox's sequence): a lower version
 *     never replaces a higher one, so a late retry cannot undo a newer edit
 * @param updatedAt when the writer produced this version (not when it reached MongoDB, so applying
 *     the same version twice gives the same document)
 */
public record PatientProfile(
        long patientId,
        List<Allergy> allergies,
        List<Condition> conditions,
        Optional<Address> address,
        Optional<EmergencyContact> emergencyContact,
        String freeNotes,
        Optional<String> maidenName,
        long version,
        Instant updatedAt) {

    public PatientProfile {
        allergies = Texts.copy(allergies);
        conditions = Texts.copy(conditions);
        address = Texts.orEmpty(address);
        emergencyContact = Texts.orEmpty(emergencyContact);
        freeNotes = Texts.orBlank(freeNotes);
        maidenName = Texts.orEmpty(maidenName);
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A profile with nothing recorded yet. */
    public static PatientProfile empty(long patientId, long version, Instant updatedAt) {
        return new PatientProfile(
                patientId,
                List.of(),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                "",
                Optional.empty(),
                version,
                updatedAt);
    }
}
