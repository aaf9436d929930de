package es.clinica.store.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * Where a resource sits in a bundle, read from the plain JSON so that it can be named even when
 * HAPI cannot parse the resource.
 *
 * @param resourceType empty when the resource does not say
 */
record EntryPlace(int index, String resourceType, Optional<String> id, Optional<String> fullUrl) {

    static EntryPlace of(JsonNode entry, int index) {
        JsonNode resource = entry.path("resource");
        return new EntryPlace(
                index,
                resource.path("resourceType").asText(""),
                textOf(resource.path("id")),
                textOf(entry.path("fullUrl")));
    }

    /** How the import summary names the place, e.g. {@code entry[12] (AllergyIntolerance 7f3c)}. */
    String describe() {
        String type = resourceType.isEmpty() ? "?" : resourceType;
        return "entry[%d] (%s)".formatted(index, id.map(i -> type + " " + i).orElse(type));
    }

    /** What identifies this resource when nothing in it does: its full URL, else type and id. */
    Optional<String> fallbackId() {
        return fullUrl.or(() -> id.map(i -> resourceType + "/" + i));
    }

    private static Optional<String> textOf(JsonNode node) {
        String text = node.isTextual() ? node.asText().strip() : "";
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}
