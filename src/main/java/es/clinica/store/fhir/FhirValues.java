package es.clinica.store.fhir;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.PrimitiveType;

/** Small conversions from HAPI's R4 model to plain Java values. */
final class FhirValues {

    /*
     * Synthea appends digits to every generated name part ("Carla633", "Echevarría123") to make
     * its synthetic people unique. No real name ends in digits right after a letter, and a clinic
     * wants to call its patients by their names, so those digits are dropped.
     */
    private static final Pattern DIGITS_ENDING_A_WORD = Pattern.compile("(?<=\\p{L})\\d+(?=\\s|$)");

    private FhirValues() {}

    static Optional<String> text(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    static Optional<String> text(PrimitiveType<?> value) {
        return value == null ? Optional.empty() : text(value.getValueAsString());
    }

    static String cleanName(String namePart) {
        return DIGITS_ENDING_A_WORD.matcher(namePart.strip()).replaceAll("").strip();
    }

    /**
     * The calendar day as the file writes it (in the offset it gives), when the value is at least
     * as precise as a day; a bare year or month is no date of birth or onset.
     */
    static Optional<LocalDate> day(BaseDateTimeType value) {
        if (value == null || !value.hasValue()) {
            return Optional.empty();
        }
        if (value.getPrecision().ordinal() < TemporalPrecisionEnum.DAY.ordinal()) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.parse(value.getValueAsString().substring(0, 10)));
    }

    /** The first coding that has a code, if any. */
    static Optional<Coding> firstCoded(CodeableConcept concept) {
        return concept.getCoding().stream().filter(c -> text(c.getCode()).isPresent()).findFirst();
    }

    /** What a person reads for a concept: its text, else a coding's display, else a code. */
    static Optional<String> readable(CodeableConcept concept) {
        if (concept == null) {
            return Optional.empty();
        }
        return text(concept.getText())
                .or(() -> firstDisplay(concept))
                .or(() -> firstCoded(concept).map(Coding::getCode));
    }

    static Optional<String> firstDisplay(CodeableConcept concept) {
        return concept.getCoding().stream()
                .map(Coding::getDisplay)
                .flatMap(d -> text(d).stream())
                .findFirst();
    }

    /** The code of a status concept ({@code active}, {@code resolved}…). */
    static Optional<String> statusCode(CodeableConcept status) {
        return status == null ? Optional.empty() : firstCoded(status).map(Coding::getCode);
    }
}
