package es.clinica.service;

import es.clinica.domain.Address;
import es.clinica.domain.Allergy;
import es.clinica.domain.AllergySeverity;
import es.clinica.domain.Condition;
import es.clinica.domain.ImportedAddress;
import es.clinica.domain.ImportedAllergy;
import es.clinica.domain.ImportedCondition;
import es.clinica.domain.ImportedPatient;
import es.clinica.domain.PatientData;
import es.clinica.domain.PatientIdentifier;
import es.clinica.domain.PersonName;
import es.clinica.domain.Sex;
import es.clinica.domain.SourceIdentifier;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns a patient read from a FHIR file into Clinica's records.
 *
 * <p>Identifiers: only the source identifier (which recognises the patient on a second import) and
 * identifiers of the source's own records (medical record numbers) are kept. Government identity
 * numbers (US social security numbers, driver's licences, passports) are left out: Clinica has no
 * use for them, and a stolen workstation database should not hand them out.
 */
final class ImportMapping {

    private static final List<String> SENSITIVE_SYSTEMS =
            List.of(
                    "http://hl7.org/fhir/sid/us-ssn",
                    "urn:oid:2.16.840.1.113883.4.1",
                    "urn:oid:2.16.840.1.113883.4.3.",
                    "passport");

    private ImportMapping() {}

    /** The patient's core data; the national id is missing and flagged as needed. */
    static PatientData patientData(ImportedPatient imported, Clock clock) {
        PersonName name =
                new PersonName(imported.givenName(), imported.surnames(), Optional.empty());
        PatientData data =
                new PatientData(
                        Optional.empty(),
                        true,
                        name,
                        imported.birthDate().orElse(null),
                        sex(imported.gender()),
                        imported.phone(),
                        imported.email(),
                        imported.deceased(),
                        imported.deceasedDate());
        return data.validate(clock);
    }

    /** The identifiers worth keeping, the source identifier first. */
    static List<PatientIdentifier> identifiers(ImportedPatient imported) {
        return Stream.concat(
                        Stream.of(sourceIdentifier(imported)),
                        imported.identifiers().stream()
                                .filter(i -> !i.system().isBlank() && !sensitive(i))
                                .map(i -> new PatientIdentifier(i.system(), i.value())))
                .distinct()
                .toList();
    }

    /** The identifier a second import finds the patient by. */
    static PatientIdentifier sourceIdentifier(ImportedPatient imported) {
        SourceIdentifier source = imported.sourceIdentifier();
        String system = source.system().isBlank() ? "urn:clinica:import" : source.system();
        return new PatientIdentifier(system, source.value());
    }

    static ProfileData profile(ImportedPatient imported) {
        return new ProfileData(
                imported.allergies().stream().map(ImportMapping::allergy).toList(),
                imported.conditions().stream().map(ImportMapping::condition).toList(),
                imported.address().map(ImportMapping::address),
                Optional.empty(),
                "",
                imported.maidenSurname());
    }

    private static boolean sensitive(SourceIdentifier identifier) {
        String system = identifier.system().toLowerCase(Locale.ROOT);
        return SENSITIVE_SYSTEMS.stream().anyMatch(system::contains);
    }

    private static Sex sex(ImportedPatient.Gender gender) {
        switch (gender) {
            case MALE:
                return Sex.MALE;
            case FEMALE:
                return Sex.FEMALE;
            case OTHER:
                return Sex.OTHER;
            default:
                return Sex.UNKNOWN;
        }
    }

    private static Allergy allergy(ImportedAllergy imported) {
        String reaction =
                imported.reactions().stream()
                        .flatMap(r -> r.manifestations().stream())
                        .distinct()
                        .collect(Collectors.joining(", "));
        return new Allergy(
                imported.substance(),
                imported.code(),
                imported.system(),
                Optional.of(reaction).filter(r -> !r.isEmpty()),
                severity(imported),
                imported.category(),
                imported.criticality(),
                imported.clinicalStatus(),
                imported.recordedDate());
    }

    private static AllergySeverity severity(ImportedAllergy imported) {
        List<String> severities =
                imported.reactions().stream()
                        .flatMap(r -> r.severity().stream())
                        .map(s -> s.toLowerCase(Locale.ROOT))
                        .toList();
        if (severities.contains("severe")) {
            return AllergySeverity.SEVERE;
        }
        if (severities.contains("moderate")) {
            return AllergySeverity.MODERATE;
        }
        return severities.contains("mild") ? AllergySeverity.MILD : AllergySeverity.UNKNOWN;
    }

    private static Condition condition(ImportedCondition imported) {
        return new Condition(
                imported.code(),
                imported.system(),
                imported.display(),
                imported.onsetDate(),
                imported.clinicalStatus(),
                Optional.empty());
    }

    private static Address address(ImportedAddress imported) {
        return new Address(
                imported.lines(),
                imported.city(),
                imported.postalCode(),
                imported.state(),
                imported.country());
    }
}
