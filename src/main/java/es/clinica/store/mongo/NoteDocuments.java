package es.clinica.store.mongo;

import es.clinica.domain.Amendment;
import es.clinica.domain.Diagnosis;
import es.clinica.domain.MedicalNote;
import es.clinica.domain.Prescription;
import java.util.OptionalLong;
import org.bson.Document;

/** The shape of a {@code notas_medicas} document; field names are the design's Spanish. */
final class NoteDocuments {

    static final String PATIENT = "paciente_id";
    static final String DOCTOR = "medico_id";
    static final String APPOINTMENT = "cita_id";
    static final String CREATED = "creada";
    static final String UPDATED = "actualizada";
    static final String SIGNED = "firmada";
    static final String SIGNED_AT = "firmada_en";
    static final String SIGNED_BY = "firmada_por";
    static final String AMENDMENTS = "enmiendas";

    private NoteDocuments() {}

    /**
     * Every field a draft save writes; {@link #CREATED} and {@link #AMENDMENTS} are not among them.
     */
    static Document draftFields(MedicalNote note) {
        return new Document(PATIENT, note.patientId())
                .append(DOCTOR, note.doctorId())
                .append(APPOINTMENT, note.appointmentId())
                .append(UPDATED, BsonValues.date(note.updatedAt()))
                .append("subjetivo", note.subjective())
                .append("objetivo", note.objective())
                .append("evaluacion", note.assessment())
                .append("plan", note.plan())
                .append("diagnosticos", BsonValues.documents(note.diagnoses(), d -> diagnosis(d)))
                .append(
                        "prescripciones",
                        BsonValues.documents(note.prescriptions(), p -> prescription(p)))
                .append(SIGNED, false);
    }

    /** The whole document of a note as it stands, for a bulk insert. */
    static Document toDocument(MedicalNote note) {
        Document document = new Document("_id", note.noteId());
        document.putAll(draftFields(note));
        document.append(CREATED, BsonValues.date(note.createdAt()))
                .append(SIGNED, note.signed())
                .append(
                        AMENDMENTS,
                        BsonValues.documents(note.amendments(), NoteDocuments::amendment));
        note.signedAt().ifPresent(at -> document.append(SIGNED_AT, BsonValues.date(at)));
        if (note.signedBy().isPresent()) {
            document.append(SIGNED_BY, note.signedBy().getAsLong());
        }
        return document;
    }

    static Document amendment(Amendment amendment) {
        return new Document("autor_medico_id", amendment.authorDoctorId())
                .append("en", BsonValues.date(amendment.at()))
                .append("texto", amendment.text());
    }

    static MedicalNote fromDocument(Document document) {
        Long signedBy = document.getLong(SIGNED_BY);
        return new MedicalNote(
                document.getString("_id"),
                document.getLong(PATIENT),
                document.getLong(DOCTOR),
                document.getLong(APPOINTMENT),
                BsonValues.instant(document, CREATED),
                BsonValues.instant(document, UPDATED),
                document.getString("subjetivo"),
                document.getString("objetivo"),
                document.getString("evaluacion"),
                document.getString("plan"),
                BsonValues.list(document, "diagnosticos", NoteDocuments::diagnosis),
                BsonValues.list(document, "prescripciones", NoteDocuments::prescription),
                document.getBoolean(SIGNED, false),
                BsonValues.optionalInstant(document, SIGNED_AT),
                signedBy == null ? OptionalLong.empty() : OptionalLong.of(signedBy),
                BsonValues.list(document, AMENDMENTS, NoteDocuments::amendment));
    }

    private static Document diagnosis(Diagnosis diagnosis) {
        return new Document("codigo", diagnosis.code()).append("descripcion", diagnosis.label());
    }

    private static Diagnosis diagnosis(Document document) {
        return new Diagnosis(document.getString("codigo"), document.getString("descripcion"));
    }

    private static Document prescription(Prescription prescription) {
        return new Document("farmaco", prescription.drug())
                .append("dosis", prescription.dose())
                .append("frecuencia", prescription.frequency())
                .append("duracion", prescription.duration())
                .append("notas", prescription.notes());
    }

    private static Prescription prescription(Document document) {
        return new Prescription(
                document.getString("farmaco"),
                document.getString("dosis"),
                document.getString("frecuencia"),
                document.getString("duracion"),
                document.getString("notas"));
    }

    private static Amendment amendment(Document document) {
        return new Amendment(
                document.getLong("autor_medico_id"),
                BsonValues.instant(document, "en"),
                document.getString("texto"));
    }
}
