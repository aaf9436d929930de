package es.clinica.store.mongo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.bson.Document;

/**
 * Conversions between domain values and BSON fields: instants as BSON dates (millisecond
 * precision), days as ISO text (no zone involved), absent optionals as absent fields.
 */
final class BsonValues {

    private BsonValues() {}

    static Date date(Instant instant) {
        return Date.from(instant);
    }

    static Instant instant(Document document, String field) {
        return document.getDate(field).toInstant();
    }

    static Optional<Instant> optionalInstant(Document document, String field) {
        return Optional.ofNullable(document.getDate(field)).map(Date::toInstant);
    }

    static Optional<LocalDate> optionalDay(Document document, String field) {
        return Optional.ofNullable(document.getString(field)).map(LocalDate::parse);
    }

    static Optional<String> optionalText(Document document, String field) {
        return Optional.ofNullable(document.getString(field));
    }

    /** Puts the value under the field when present; leaves the field out otherwise. */
    static <T> void putIfPresent(Document document, String field, Optional<T> value) {
        value.ifPresent(v -> document.append(field, v instanceof LocalDate ? v.toString() : v));
    }

    static <T> List<T> list(Document document, String field, Function<Document, T> reader) {
        List<Document> items = document.getList(field, Document.class, List.of());
        return items.stream().map(reader).toList();
    }

    static <T> List<Document> documents(List<T> values, Function<T, Document> writer) {
        return values.stream().map(writer).toList();
    }
}
