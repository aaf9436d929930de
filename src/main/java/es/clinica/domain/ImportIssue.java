package es.clinica.domain;

import java.util.Objects;

/**
 * Something of an imported file that was not taken in, and why. Shown to the user in the import
 * summary; it may name resource ids but never patient data.
 *
 * @param file the file's name as the user chose it
 * @param place where in the file, e.g. {@code entry[12] (AllergyIntolerance 3f2a…)}
 * @param kind what went wrong, which also chooses the sentence shown to the user
 * @param reason technical detail in English (the parser's words), for the log and the curious
 */
public record ImportIssue(String file, String place, Kind kind, String reason) {

    /** Why a resource of the file was skipped. */
    public enum Kind {
        /** The resource could not be parsed as FHIR R4 (older shape, unknown code, bad value). */
        UNREADABLE_RESOURCE("import.issue.unreadable"),
        /** The resource lacks something Clinica needs (a name, a substance, a code). */
        MISSING_DATA("import.issue.missingData"),
        /** An allergy or condition refers to a patient that this file does not contain. */
        PATIENT_NOT_IN_FILE("import.issue.patientNotInFile");

        private final String messageKey;

        Kind(String messageKey) {
            this.messageKey = messageKey;
        }

        /** Bundle key of the sentence; its arguments are file, place and reason, in that order. */
        public String messageKey() {
            return messageKey;
        }
    }

    public ImportIssue {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
    }
}
