package es.clinica.store.mongo;

import es.clinica.domain.Address;
import es.clinica.domain.Allergy;
import es.clinica.domain.AllergySeverity;
import es.clinica.domain.Condition;
import es.clinica.domain.EmergencyContact;
import es.clinica.domain.PatientProfile;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/** The shape of a {@code perfiles_pacientes} document; field names are the design's Spanish. */
final class ProfileDocuments {

    static final String VERSION = "version";

    private ProfileDocuments() {}

    static Document toDocument(PatientProfile profile) {
        Document document =
                new Document("_id", profile.patientId())
                        .append(
                                "alergias",
                                BsonValues.documents(profile.allergies(), a -> allergy(a)))
                        .append(
                                "antecedentes",
                                BsonValues.documents(profile.conditions(), c -> condition(c)));
        profile.address().ifPresent(a -> document.append("direccion", address(a)));
        profile.emergencyContact()
                .ifPresent(c -> document.append("contacto_emergencia", contact(c)));
        document.append("notas", profile.freeNotes());
        BsonValues.putIfPresent(document, "apellido_soltera", profile.maidenName());
        return document.append(VERSION, profile.version())
                .append("actualizado", BsonValues.date(profile.updatedAt()));
    }

    static PatientProfile fromDocument(Document document) {
        return new PatientProfile(
                document.getLong("_id"),
                BsonValues.list(document, "alergias", ProfileDocuments::allergy),
                BsonValues.list(document, "antecedentes", ProfileDocuments::condition),
                Optional.ofNullable(document.get("direccion", Document.class))
                        .map(ProfileDocuments::address),
                Optional.ofNullable(document.get("contacto_emergencia", Document.class))
                        .map(ProfileDocuments::contact),
                document.getString("notas"),
                BsonValues.optionalText(document, "apellido_soltera"),
                document.getLong(VERSION),
                BsonValues.instant(document, "actualizado"));
    }

    private static Document allergy(Allergy allergy) {
        Document document = new Document("sustancia", allergy.substance());
        BsonValues.putIfPresent(document, "codigo", allergy.code());
        BsonValues.putIfPresent(document, "sistema", allergy.system());
        BsonValues.putIfPresent(document, "reaccion", allergy.reaction());
        document.append("gravedad", allergy.severity().name());
        BsonValues.putIfPresent(document, "categoria", allergy.category());
        BsonValues.putIfPresent(document, "criticidad", allergy.criticality());
        BsonValues.putIfPresent(document, "estado_clinico", allergy.clinicalStatus());
        BsonValues.putIfPresent(document, "registrada", allergy.recordedOn());
        return document;
    }

    private static Allergy allergy(Document document) {
        return new Allergy(
                document.getString("sustancia"),
                BsonValues.optionalText(document, "codigo"),
                BsonValues.optionalText(document, "sistema"),
                BsonValues.optionalText(document, "reaccion"),
                AllergySeverity.valueOf(document.getString("gravedad")),
                BsonValues.optionalText(document, "categoria"),
                BsonValues.optionalText(document, "criticidad"),
                BsonValues.optionalText(document, "estado_clinico"),
                BsonValues.optionalDay(document, "registrada"));
    }

    private static Document condition(Condition condition) {
        Document document = new Document();
        BsonValues.putIfPresent(document, "codigo", condition.code());
        BsonValues.putIfPresent(document, "sistema", condition.system());
        document.append("descripcion", condition.display());
        BsonValues.putIfPresent(document, "inicio", condition.onset());
        BsonValues.putIfPresent(document, "estado", condition.status());
        BsonValues.putIfPresent(document, "texto", condition.text());
        return document;
    }

    private static Condition condition(Document document) {
        return new Condition(
                BsonValues.optionalText(document, "codigo"),
                BsonValues.optionalText(document, "sistema"),
                document.getString("descripcion"),
                BsonValues.optionalDay(document, "inicio"),
                BsonValues.optionalText(document, "estado"),
                BsonValues.optionalText(document, "texto"));
    }

    private static Document address(Address address) {
        Document document = new Document("lineas", address.lines());
        BsonValues.putIfPresent(document, "ciudad", address.city());
        BsonValues.putIfPresent(document, "codigo_postal", address.postalCode());
        BsonValues.putIfPresent(document, "provincia", address.province());
        BsonValues.putIfPresent(document, "pais", address.country());
        return document;
    }

    private static Address address(Document document) {
        return new Address(
                document.getList("lineas", String.class, List.of()),
                BsonValues.optionalText(document, "ciudad"),
                BsonValues.optionalText(document, "codigo_postal"),
                BsonValues.optionalText(document, "provincia"),
                BsonValues.optionalText(document, "pais"));
    }

    private static Document contact(EmergencyContact contact) {
        Document document = new Document("nombre", contact.name());
        BsonValues.putIfPresent(document, "relacion", contact.relation());
        BsonValues.putIfPresent(document, "telefono", contact.phone());
        return document;
    }

    private static EmergencyContact contact(Document document) {
        return new EmergencyContact(
                document.getString("nombre"),
                BsonValues.optionalText(document, "relacion"),
                BsonValues.optionalText(document, "telefono"));
    }
}
