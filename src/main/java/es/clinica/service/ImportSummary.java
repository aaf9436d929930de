package es.clinica.service;

import es.clinica.domain.ImportIssue;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an import did, over all its files.
 *
 * @param files files read (a file refused as a whole counts too)
 * @param created patients new to Clinica
 * @param updated patients already imported whose data changed
 * @param unchanged patients already imported exactly as they are now
 * @param allergies allergies written (of created and updated patients)
 * @param conditions conditions written (of created and updated patients)
 * @param skippedByType resources of types Clinica does not take in, by type
 * @param issues resources left out, with their place
 * @param failedFiles files refused as a whole; nothing of them was written
 * @param cancelled the user stopped it; what was counted is committed
 */
public record ImportSummary(
        int files,
        int created,
        int updated,
        int unchanged,
        int allergies,
        int conditions,
        Map<String, Integer> skippedByType,
        List<ImportIssue> issues,
        List<FailedFile> failedFiles,
        boolean cancelled) {

    /** A file refused as a whole, with the sentence's key and arguments. */
    public record FailedFile(String file, String messageKey, List<Object> arguments) {

        public FailedFile {
            arguments = List.copyOf(arguments);
        }
    }

    public ImportSummary {
        skippedByType = Collections.unmodifiableMap(new TreeMap<>(skippedByType));
        issues = List.copyOf(issues);
        failedFiles = List.copyOf(failedFiles);
    }

    /** Resources of other types, all together. */
    public int skippedCount() {
        return skippedByType.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Patients taken in, whatever happened to each. */
    public int patients() {
        return created + updated + unchanged;
    }
}
