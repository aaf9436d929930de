package es.clinica.store.fhir;

import ca.uhn.fhir.parser.IParserErrorHandler;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue.ScalarType;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides, for one resource, what makes it unreadable. Elements this FHIR version does not know
 * (left over from older shapes) are ignored, as are missing required elements: what Clinica needs
 * is checked on the mapped values. Values of the wrong JSON type, codes outside their value set and
 * malformed primitives make the resource unreadable, because taking them in would silently lose or
 * distort clinical data.
 */
final class StrictValueErrorHandler implements IParserErrorHandler {

    private final List<String> problems = new ArrayList<>();

    /** Forgets the problems of the previous resource. */
    void clear() {
        problems.clear();
    }

    /** The first problem found, worded for the import summary. */
    Optional<String> firstProblem() {
        return problems.stream().findFirst();
    }

    @Override
    public void incorrectJsonType(
            IParseLocation location,
            String elementName,
            ValueType expected,
            ScalarType expectedScalar,
            ValueType found,
            ScalarType foundScalar) {
        problems.add(
                "element '%s' should be %s but is %s"
                        .formatted(
                                elementName,
                                describe(expected, expectedScalar),
                                describe(found, foundScalar)));
    }

    @Override
    public void invalidValue(IParseLocation location, String value, String error) {
        problems.add("invalid value '%s' in %s: %s".formatted(value, where(location), error));
    }

    @Override
    public void unexpectedRepeatingElement(IParseLocation location, String elementName) {
        problems.add("element '%s' repeats but may occur only once".formatted(elementName));
    }

    @Override
    public void extensionContainsValueAndNestedExtensions(IParseLocation location) {
        problems.add(
                "an extension in %s has both a value and extensions".formatted(where(location)));
    }

    @Override
    public void containedResourceWithNoId(IParseLocation location) {
        // A contained resource Clinica never reads; nothing to lose.
    }

    @Override
    public void missingRequiredElement(IParseLocation location, String elementName) {
        // What Clinica needs is checked on the mapped values instead.
    }

    @Override
    public void unknownAttribute(IParseLocation location, String attributeName) {
        // Older shapes carry attributes R4 dropped; the rest of the resource still reads.
    }

    @Override
    public void unknownElement(IParseLocation location, String elementName) {
        // Older shapes carry elements R4 dropped; the rest of the resource still reads.
    }

    @Override
    public void unknownReference(IParseLocation location, String reference) {
        // References are resolved by the reader against the bundle's entries.
    }

    @Override
    public void invalidInternalReference(IParseLocation location, String reference) {
        // References are resolved by the reader against the bundle's entries.
    }

    private static String describe(ValueType type, ScalarType scalar) {
        return scalar == null ? String.valueOf(type) : type + " " + scalar;
    }

    private static String where(IParseLocation location) {
        return location == null || location.getParentElementName() == null
                ? "the resource"
                : "'" + location.getParentElementName() + "'";
    }
}
