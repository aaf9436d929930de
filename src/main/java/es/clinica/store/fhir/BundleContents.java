package es.clinica.store.fhir;

import es.clinica.domain.BundleReadResult;
import es.clinica.domain.ImportIssue;
import es.clinica.domain.ImportIssue.Kind;
import es.clinica.domain.ImportedAllergy;
import es.clinica.domain.ImportedCondition;
import es.clinica.domain.ImportedPatient;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;

/**
 * What has been read of one bundle so far. Allergies and conditions wait until the whole file is
 * read, because a bundle may list them before their patient.
 */
final class BundleContents {

    private final String file;
    private final Map<EntryPlace, ImportedPatient> patients = new LinkedHashMap<>();
    private final Map<String, EntryPlace> patientsByReference = new HashMap<>();
    private final Map<String, EntryPlace> unreadablePatientsByReference = new HashMap<>();
    private final List<Linked<ImportedAllergy>> allergies = new ArrayList<>();
    private final List<Linked<ImportedCondition>> conditions = new ArrayList<>();
    private final Map<String, Integer> skippedByType = new HashMap<>();
    private final List<PlacedIssue> issues = new ArrayList<>();
    private int resourceCount;

    /** A clinical item with the reference to its patient and its own place in the file. */
    private record Linked<T>(T item, String patientReference, EntryPlace place) {}

    private record PlacedIssue(int index, ImportIssue issue) {}

    BundleContents(String file) {
        this.file = file;
    }

    void skipped(String resourceType) {
        resourceCount++;
        skippedByType.merge(resourceType, 1, Integer::sum);
    }

    void unreadable(EntryPlace place, String reason) {
        resourceCount++;
        issue(place, Kind.UNREADABLE_RESOURCE, reason);
        if (place.resourceType().equals("Patient")) {
            references(place).forEach(r -> unreadablePatientsByReference.put(r, place));
        }
    }

    void add(Resource resource, EntryPlace place) {
        resourceCount++;
        try {
            if (resource instanceof Patient patient) {
                addPatient(patient, place);
            } else if (resource instanceof AllergyIntolerance allergy) {
                allergies.add(
                        new Linked<>(
                                ClinicalMapping.allergy(allergy),
                                allergy.getPatient().getReference(),
                                place));
            } else if (resource instanceof Condition condition) {
                conditions.add(
                        new Linked<>(
                                ClinicalMapping.condition(condition),
                                condition.getSubject().getReference(),
                                place));
            }
        } catch (MissingDataException e) {
            issue(place, Kind.MISSING_DATA, e.getMessage());
        }
    }

    private void addPatient(Patient patient, EntryPlace place) {
        try {
            patients.put(place, PatientMapping.map(patient, place.fallbackId()));
            references(place).forEach(r -> patientsByReference.put(r, place));
        } catch (MissingDataException e) {
            references(place).forEach(r -> unreadablePatientsByReference.put(r, place));
            throw e;
        }
    }

    BundleReadResult result() {
        Map<EntryPlace, List<ImportedAllergy>> allergiesOf = link(allergies);
        Map<EntryPlace, List<ImportedCondition>> conditionsOf = link(conditions);
        List<ImportedPatient> linked = new ArrayList<>(patients.size());
        patients.forEach(
                (place, patient) ->
                        linked.add(
                                withClinical(
                                        patient,
                                        allergiesOf.getOrDefault(place, List.of()),
                                        conditionsOf.getOrDefault(place, List.of()))));
        List<ImportIssue> inFileOrder =
                issues.stream()
                        .sorted(Comparator.comparingInt(PlacedIssue::index))
                        .map(PlacedIssue::issue)
                        .toList();
        return new BundleReadResult(file, resourceCount, linked, skippedByType, inFileOrder);
    }

    private <T> Map<EntryPlace, List<T>> link(List<Linked<T>> items) {
        Map<EntryPlace, List<T>> byPatient = new HashMap<>();
        for (Linked<T> linked : items) {
            Optional<EntryPlace> patient = patientOf(linked.patientReference());
            if (patient.isPresent()) {
                byPatient.computeIfAbsent(patient.get(), p -> new ArrayList<>()).add(linked.item());
            } else {
                issue(linked.place(), Kind.PATIENT_NOT_IN_FILE, whyNoPatient(linked));
            }
        }
        return byPatient;
    }

    private Optional<EntryPlace> patientOf(String reference) {
        return normalized(reference).map(patientsByReference::get);
    }

    private String whyNoPatient(Linked<?> linked) {
        Optional<EntryPlace> unreadable =
                normalized(linked.patientReference()).map(unreadablePatientsByReference::get);
        if (unreadable.isPresent()) {
            return "its patient, " + unreadable.get().describe() + ", was not imported";
        }
        return linked.patientReference() == null
                ? "it names no patient"
                : "its patient " + linked.patientReference() + " is not in this file";
    }

    private void issue(EntryPlace place, Kind kind, String reason) {
        issues.add(
                new PlacedIssue(
                        place.index(), new ImportIssue(file, place.describe(), kind, reason)));
    }

    /** The references by which other entries may point at this patient. */
    private static List<String> references(EntryPlace place) {
        List<String> references = new ArrayList<>(2);
        place.fullUrl().flatMap(BundleContents::normalized).ifPresent(references::add);
        place.id().ifPresent(id -> references.add("Patient/" + id));
        return references;
    }

    // "Patient/7", "http://server/fhir/Patient/7" and "Patient/7/_history/2" all name Patient/7.
    private static Optional<String> normalized(String reference) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        String plain = reference.strip().replaceFirst("/_history/[^/]+$", "");
        int at = plain.lastIndexOf("Patient/");
        return Optional.of(at > 0 && plain.charAt(at - 1) == '/' ? plain.substring(at) : plain);
    }

    private static ImportedPatient withClinical(
            ImportedPatient p,
            List<ImportedAllergy> allergies,
            List<ImportedCondition> conditions) {
        return new ImportedPatient(
                p.sourceIdentifier(),
                p.identifiers(),
                p.givenNames(),
                p.surnames(),
                p.maidenSurname(),
                p.birthDate(),
                p.gender(),
                p.deceased(),
                p.deceasedDate(),
                p.phone(),
                p.email(),
                p.address(),
                allergies,
                conditions);
    }
}
