package es.clinica.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A patient read from an imported file, with the allergies and conditions the same file links to
 * them. Names are kept as typed (accents, apostrophes); only the import's clean-ups documented on
 * the reader have been applied.
 *
 * @param sourceIdentifier the identifier that recognises this patient when the same source is
 *     imported again; also one of {@code identifiers}
 * @param identifiers every identifier the source gives, in its order
 * @param givenNames the given names, one element per name: "María Luisa" is one given name
 * @param surnames the family name(s) as one text, e.g. "Echevarría" or "García López"; may be empty
 *     when the source has only given names
 * @param maidenSurname the family name before marriage, when the source records one
 * @param deceasedDate the date of death when known; {@code deceased} may be true without it
 */
public record ImportedPatient(
        SourceIdentifier sourceIdentifier,
        List<SourceIdentifier> identifiers,
        List<String> givenNames,
        String surnames,
        Optional<String> maidenSurname,
        Optional<LocalDate> birthDate,
        Gender gender,
        boolean deceased,
        Optional<LocalDate> deceasedDate,
        Optional<String> phone,
        Optional<String> email,
        Optional<ImportedAddress> address,
        List<ImportedAllergy> allergies,
        List<ImportedCondition> conditions) {

    /** FHIR administrative gender. */
    public enum Gender {
        MALE,
        FEMALE,
        OTHER,
        UNKNOWN
    }

    public ImportedPatient {
        Objects.requireNonNull(sourceIdentifier, "sourceIdentifier");
        identifiers = List.copyOf(identifiers);
        givenNames = List.copyOf(givenNames);
        Objects.requireNonNull(surnames, "surnames");
        Objects.requireNonNull(maidenSurname, "maidenSurname");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(deceasedDate, "deceasedDate");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(address, "address");
        allergies = List.copyOf(allergies);
        conditions = List.copyOf(conditions);
        if (givenNames.isEmpty() && surnames.isBlank()) {
            throw new IllegalArgumentException("An imported patient needs a name");
        }
    }

    /** The given names as one text, separated by a space ("María Luisa", "Ana María José"). */
    public String givenName() {
        return String.join(" ", givenNames);
    }
}
