package es.clinica.domain;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What was read from one imported file: its patients (with their allergies and conditions), how
 * many resources of other types were skipped, and what could not be read.
 *
 * @param file the file's name as the user chose it
 * @param resourceCount how many resources the file holds, read or not
 * @param skippedByType resource types that Clinica does not take in, with how many of each, sorted
 *     by type
 * @param issues resources that were skipped because they could not be read or linked
 */
public record BundleReadResult(
        String file,
        int resourceCount,
        List<ImportedPatient> patients,
        Map<String, Integer> skippedByType,
        List<ImportIssue> issues) {

    public BundleReadResult {
        Objects.requireNonNull(file, "file");
        patients = List.copyOf(patients);
        skippedByType = Collections.unmodifiableMap(new TreeMap<>(skippedByType));
        issues = List.copyOf(issues);
    }

    /** Allergies read across all patients of the file. */
    public int allergyCount() {
        return patients.stream().mapToInt(p -> p.allergies().size()).sum();
    }

    /** Conditions read across all patients of the file. */
    public int conditionCount() {
        return patients.stream().mapToInt(p -> p.conditions().size()).sum();
    }

    /** Resources of types Clinica does not take in. */
    public int skippedCount() {
        return skippedByType.values().stream().mapToInt(Integer::intValue).sum();
    }
}
