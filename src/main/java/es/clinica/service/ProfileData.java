package es.clinica.service;

import es.clinica.domain.Address;
import es.clinica.domain.Allergy;
import es.clinica.domain.Condition;
import es.clinica.domain.EmergencyContact;
import es.clinica.domain.PatientProfile;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What is typed or imported of a patient's extended profile, before it has an id and a version.
 *
 * @param allergies in the order given; {@code null} means none
 * @param conditions history and conditions; {@code null} means none
 * @param freeNotes free remarks; {@code null} means none
 */
public record ProfileData(
        List<Allergy> allergies,
        List<Condition> conditions,
        Optional<Address> address,
        Optional<EmergencyContact> emergencyContact,
        String freeNotes,
        Optional<String> maidenName) {

    /** The longest free notes accepted. */
    public static final int MAX_NOTES = 10_000;

    /** The most allergies or conditions one profile holds. */
    public static final int MAX_ITEMS = 500;

    public ProfileData {
        allergies = allergies == null ? List.of() : List.copyOf(allergies);
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        address = address == null ? Optional.empty() : address;
        emergencyContact = emergencyContact == null ? Optional.empty() : emergencyContact;
        freeNotes = freeNotes == null ? "" : freeNotes;
        maidenName = maidenName == null ? Optional.empty() : maidenName;
    }

    /** Nothing recorded. */
    public static ProfileData empty() {
        return new ProfileData(
                List.of(), List.of(), Optional.empty(), Optional.empty(), "", Optional.empty());
    }

    /** The same content as a stored profile. */
    public static ProfileData of(PatientProfile profile) {
        return new ProfileData(
                profile.allergies(),
                profile.conditions(),
                profile.address(),
                profile.emergencyContact(),
                profile.freeNotes(),
                profile.maidenName());
    }

    /** This content as the profile of a patient, at a version. */
    public PatientProfile toProfile(long patientId, long version, Instant at) {
        return new PatientProfile(
                patientId,
                allergies,
                conditions,
                address,
                emergencyContact,
                freeNotes,
                maidenName,
                version,
                at);
    }

    /**
     * Checks the rules that need today's date and the sizes.
     *
     * @throws InvalidInputException {@code profile.allergy.recordedOn.future} (field {@code
     *     allergies}), {@code profile.condition.onset.future} (field {@code conditions}), {@code
     *     profile.freeNotes.tooLong} (field {@code freeNotes}) or {@code profile.tooManyItems}
     */
    public ProfileData validate(Clock clock) {
        LocalDate today = LocalDate.now(clock);
        if (allergies.stream().anyMatch(a -> a.recordedOn().filter(today::isBefore).isPresent())) {
            throw new InvalidInputException("profile.allergy.recordedOn.future", "allergies", null);
        }
        if (conditions.stream().anyMatch(c -> c.onset().filter(today::isBefore).isPresent())) {
            throw new InvalidInputException("profile.condition.onset.future", "conditions", null);
        }
        if (freeNotes.length() > MAX_NOTES) {
            throw new InvalidInputException(
                    "profile.freeNotes.tooLong", "freeNotes", null, MAX_NOTES);
        }
        if (allergies.size() > MAX_ITEMS || conditions.size() > MAX_ITEMS) {
            throw new InvalidInputException("profile.tooManyItems", "allergies", null, MAX_ITEMS);
        }
        return this;
    }
}
