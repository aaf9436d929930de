package es.clinica.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One consultation note (a document of {@code notas_medicas}), written in the SOAP shape. Once
 * signed it is never changed; corrections are {@link Amendment}s appended to it.
 *
 * @param noteId a UUID string made by the service before the first save, so a retried save lands on
 *     the same document
 * @param patientId PostgreSQL patient id
 * @param doctorId PostgreSQL doctor id of the note's author
 * @param appointmentId PostgreSQL id of the consultation's appointment
 * @param createdAt when the note was started; kept from the first save
 * @param updatedAt when it was last saved
 * @param subjective what the patient tells; empty when nothing yet
 * @param objective what the doctor observes
 * @param assessment the doctor's judgement
 * @param plan what is to be done
 * @param diagnoses never null
 * @param prescriptions never null
 * @param signed whether the author signed it
 * @param signedAt when it was signed; present exactly when signed
 * @param signedBy the doctor who signed; present exactly when signed
 * @param amendments corrections in the order they were appended; empty unless signed
 */
public record MedicalNote(
        String noteId,
        long patientId,
        long doctorId,
        long appointmentId,
        Instant createdAt,
        Instant updatedAt,
        String subjective,
        String objective,
        String assessment,
        String plan,
        List<Diagnosis> diagnoses,
        List<Prescription> prescriptions,
        boolean signed,
        Optional<Instant> signedAt,
        OptionalLong signedBy,
        List<Amendment> amendments) {

    public MedicalNote {
        if (noteId == null || noteId.isBlank()) {
            throw new IllegalArgumentException("A note needs an id");
        }
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        subjective = Texts.orBlank(subjective);
        objective = Texts.orBlank(objective);
        assessment = Texts.orBlank(assessment);
        plan = Texts.orBlank(plan);
        diagnoses = Texts.copy(diagnoses);
        prescriptions = Texts.copy(prescriptions);
        signedAt = Texts.orEmpty(signedAt);
        signedBy = signedBy == null ? OptionalLong.empty() : signedBy;
        amendments = Texts.copy(amendments);
    }

    /** A new unsigned note with the given texts and nothing else. */
    public static MedicalNote draft(
            String noteId,
            long patientId,
            long doctorId,
            long appointmentId,
            Instant at,
            Soap soap,
            List<Diagnosis> diagnoses,
            List<Prescription> prescriptions) {
        return new MedicalNote(
                noteId,
                patientId,
                doctorId,
                appointmentId,
                at,
                at,
                soap.subjective(),
                soap.objective(),
                soap.assessment(),
                soap.plan(),
                diagnoses,
                prescriptions,
                false,
                Optional.empty(),
                OptionalLong.empty(),
                List.of());
    }

    /** The four texts of a note. */
    public record Soap(String subjective, String objective, String assessment, String plan) {}
}
