package es.clinica.store.mongo;

import es.clinica.domain.PatientProfile;
import es.clinica.service.InvalidInputException;
import es.clinica.service.port.ProfileCodec;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonParseException;
import org.bson.json.JsonWriterSettings;

/**
 * {@link ProfileCodec} as the {@code perfiles_pacientes} document in extended JSON: what the outbox
 * carries is exactly what lands in MongoDB, with 64-bit numbers and dates kept as such.
 */
public final class JsonProfileCodec implements ProfileCodec {

    private static final JsonWriterSettings EXTENDED =
            JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).build();

    @Override
    public String toJson(PatientProfile profile) {
        return ProfileDocuments.toDocument(profile).toJson(EXTENDED);
    }

    @Override
    public PatientProfile fromJson(String json) {
        try {
            return ProfileDocuments.fromDocument(Document.parse(json));
        } catch (JsonParseException
                | ClassCastException
                | IllegalArgumentException
                | NullPointerException e) {
            // A missing required field surfaces as a null unboxed by the mapping.
            throw new InvalidInputException("outbox.payload.invalid", null, e);
        }
    }
}
