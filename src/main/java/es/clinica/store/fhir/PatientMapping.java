package es.clinica.store.fhir;

import static es.clinica.store.fhir.FhirValues.day;
import static es.clinica.store.fhir.FhirValues.text;

import es.clinica.domain.ImportedAddress;
import es.clinica.domain.ImportedPatient;
import es.clinica.domain.ImportedPatient.Gender;
import es.clinica.domain.SourceIdentifier;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.ContactPoint.ContactPointSystem;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.HumanName.NameUse;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StringType;

/** Maps a FHIR R4 Patient to what Clinica imports of it. */
final class PatientMapping {

    /** The system of the identifier Synthea gives each person it generates. */
    static final String SYNTHEA_SYSTEM = "https://github.com/synthetichealth/synthea";

    /** FHIR's system for identifiers that are URIs, such as a bundle entry's urn:uuid. */
    static final String URI_SYSTEM = "urn:ietf:rfc:3986";

    private final Patient patient;

    private PatientMapping(Patient patient) {
        this.patient = patient;
    }

    /**
     * The patient, without allergies and conditions yet: the reader links those once it has read
     * the whole file.
     *
     * @param fallbackId identifies the patient when it carries no identifier of its own: the
     *     entry's full URL or the resource's id, stable across imports of the same file
     * @throws MissingDataException when the patient has no usable name or identifier
     */
    static ImportedPatient map(Patient patient, Optional<String> fallbackId) {
        PatientMapping mapping = new PatientMapping(patient);
        List<SourceIdentifier> identifiers = mapping.identifiers();
        SourceIdentifier sourceIdentifier =
                mapping.sourceIdentifier(identifiers, fallbackId)
                        .orElseThrow(
                                () -> new MissingDataException("the patient has no identifier"));
        HumanName name =
                mapping.officialName()
                        .orElseThrow(() -> new MissingDataException("the patient has no name"));
        return new ImportedPatient(
                sourceIdentifier,
                identifiers,
                givenNames(name),
                text(name.getFamily()).map(FhirValues::cleanName).orElse(""),
                mapping.maidenSurname(),
                day(patient.getBirthDateElement()),
                mapping.gender(),
                mapping.deceased(),
                mapping.deceasedDate(),
                mapping.telecom(ContactPointSystem.PHONE),
                mapping.telecom(ContactPointSystem.EMAIL),
                mapping.address(),
                List.of(),
                List.of());
    }

    private List<SourceIdentifier> identifiers() {
        return patient.getIdentifier().stream()
                .filter(i -> text(i.getValue()).isPresent())
                .map(
                        i ->
                                new SourceIdentifier(
                                        text(i.getSystem()).orElse(""), i.getValue().strip()))
                .distinct()
                .toList();
    }

    // Synthea's own identifier first: it is the person's, while the others (record number,
    // social security, passport) belong to institutions and may be missing or reused.
    private Optional<SourceIdentifier> sourceIdentifier(
            List<SourceIdentifier> identifiers, Optional<String> fallbackId) {
        return identifiers.stream()
                .filter(i -> i.system().equals(SYNTHEA_SYSTEM))
                .findFirst()
                .or(() -> identifiers.stream().filter(i -> !i.system().isEmpty()).findFirst())
                .or(() -> identifiers.stream().findFirst())
                .or(() -> fallbackId.map(id -> new SourceIdentifier(URI_SYSTEM, id)));
    }

    private Optional<HumanName> officialName() {
        List<HumanName> names = patient.getName().stream().filter(PatientMapping::hasName).toList();
        return names.stream()
                .filter(n -> n.getUse() == NameUse.OFFICIAL)
                .findFirst()
                .or(() -> names.stream().filter(n -> !isFormer(n)).findFirst())
                .or(() -> names.stream().findFirst());
    }

    private static boolean hasName(HumanName name) {
        return !givenNames(name).isEmpty() || text(name.getFamily()).isPresent();
    }

    private static boolean isFormer(HumanName name) {
        return name.getUse() == NameUse.MAIDEN || name.getUse() == NameUse.OLD;
    }

    // Each given element is one name even when it holds a space ("María Luisa"); prefixes
    // ("Mrs.") and suffixes ("MD") are titles, not names, and are left out.
    private static List<String> givenNames(HumanName name) {
        return name.getGiven().stream()
                .map(StringType::getValue)
                .filter(Objects::nonNull)
                .map(FhirValues::cleanName)
                .filter(given -> !given.isEmpty())
                .toList();
    }

    private Optional<String> maidenSurname() {
        return patient.getName().stream()
                .filter(n -> n.getUse() == NameUse.MAIDEN)
                .flatMap(n -> text(n.getFamily()).stream())
                .map(FhirValues::cleanName)
                .filter(family -> !family.isEmpty())
                .findFirst();
    }

    private Gender gender() {
        if (patient.getGender() == null) {
            return Gender.UNKNOWN;
        }
        return switch (patient.getGender()) {
            case MALE -> Gender.MALE;
            case FEMALE -> Gender.FEMALE;
            case OTHER -> Gender.OTHER;
            default -> Gender.UNKNOWN;
        };
    }

    private boolean deceased() {
        if (patient.hasDeceasedBooleanType()) {
            return ((BooleanType) patient.getDeceased()).booleanValue();
        }
        return patient.hasDeceasedDateTimeType();
    }

    private Optional<LocalDate> deceasedDate() {
        return patient.hasDeceasedDateTimeType()
                ? day((DateTimeType) patient.getDeceased())
                : Optional.empty();
    }

    private Optional<String> telecom(ContactPointSystem system) {
        return patient.getTelecom().stream()
                .filter(t -> t.getSystem() == system)
                .map(ContactPoint::getValue)
                .flatMap(v -> text(v).stream())
                .findFirst();
    }

    private Optional<ImportedAddress> address() {
        List<Address> addresses = patient.getAddress();
        return addresses.stream()
                .filter(a -> a.getUse() == Address.AddressUse.HOME)
                .findFirst()
                .or(() -> addresses.stream().findFirst())
                .map(PatientMapping::address);
    }

    private static ImportedAddress address(Address address) {
        return new ImportedAddress(
                address.getLine().stream().flatMap(l -> text(l).stream()).toList(),
                text(address.getCity()),
                text(address.getState()),
                text(address.getPostalCode()),
                text(address.getCountry()));
    }
}
