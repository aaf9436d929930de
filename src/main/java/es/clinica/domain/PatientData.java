package es.clinica.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What is typed or imported about a patient, validated. A patient without a national id (a FHIR
 * import) must be flagged {@code needsNationalId}; a national id, when present, is unique.
 *
 * @param nationalId the identity document, empty only when {@code needsNationalId}
 * @param needsNationalId the patient came without one and reception must ask for it
 * @param name as typed
 * @param dateOfBirth not in the future (checked by {@link #validate(Clock)})
 * @param sex administrative sex
 * @param phone as typed, may be empty
 * @param email may be empty
 * @param deceasedOn when the patient died; a deceased patient with unknown date is {@code deceased}
 *     with this empty
 * @param deceased whether the patient is known to have died
 */
public record PatientData(
        Optional<NationalId> nationalId,
        boolean needsNationalId,
        PersonName name,
        LocalDate dateOfBirth,
        Sex sex,
        Optional<String> phone,
        Optional<String> email,
        boolean deceased,
        Optional<LocalDate> deceasedOn) {

    private static final Pattern PHONE = Pattern.compile("\\+?[\\d\\s().\\-]{6,25}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    public PatientData {
        nationalId = nationalId == null ? Optional.empty() : nationalId;
        if (nationalId.isEmpty() && !needsNationalId) {
            throw new RuleViolation("patient.nationalId.required", "nationalId");
        }
        if (name == null) {
            throw new RuleViolation("person.name.required", "givenNames");
        }
        if (dateOfBirth == null) {
            throw new RuleViolation("patient.dateOfBirth.required", "dateOfBirth");
        }
        sex = sex == null ? Sex.UNKNOWN : sex;
        phone = checked(phone, PHONE, "patient.phone.invalid", "phone");
        email = checked(email, EMAIL, "patient.email.invalid", "email");
        deceasedOn = deceasedOn == null ? Optional.empty() : deceasedOn;
        deceased = deceased || deceasedOn.isPresent();
    }

    /** A living patient with a national id, the usual case at the front desk. */
    public static PatientData of(
            NationalId nationalId,
            PersonName name,
            LocalDate dateOfBirth,
            Sex sex,
            String phone,
            String email) {
        return new PatientData(
                Optional.of(nationalId),
                false,
                name,
                dateOfBirth,
                sex,
                Optional.ofNullable(phone),
                Optional.ofNullable(email),
                false,
                Optional.empty());
    }

    /**
     * Checks the rules that need today's date: the birth date and the death date are not in the
     * future, and death does not come before birth.
     *
     * @return this, for chaining
     * @throws RuleViolation {@code patient.dateOfBirth.future} or {@code
     *     patient.deceasedOn.invalid}
     */
    public PatientData validate(Clock clock) {
        LocalDate today = LocalDate.now(clock);
        if (dateOfBirth.isAfter(today)) {
            throw new RuleViolation("patient.dateOfBirth.future", "dateOfBirth");
        }
        if (deceasedOn.filter(d -> d.isAfter(today) || d.isBefore(dateOfBirth)).isPresent()) {
            throw new RuleViolation("patient.deceasedOn.invalid", "deceasedOn");
        }
        return this;
    }

    /** The folded names the patient is found by (see {@link PatientQuery}). */
    public String searchText() {
        return name.searchText();
    }

    /** The phone's digits only, empty when there is no phone. */
    public String phoneDigits() {
        return phone.map(SearchText::phoneDigits).orElse("");
    }

    private static Optional<String> checked(
            Optional<String> value, Pattern shape, String key, String field) {
        Optional<String> trimmed =
                value == null
                        ? Optional.empty()
                        : value.map(String::strip).filter(s -> !s.isEmpty());
        if (trimmed.filter(s -> !shape.matcher(s).matches()).isPresent()) {
            throw new RuleViolation(key, field);
        }
        return trimmed;
    }
}
