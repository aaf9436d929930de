package es.clinica.store.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import es.clinica.domain.BundleReadResult;
import es.clinica.service.InvalidInputException;
import es.clinica.service.port.PatientBundleReader;
import es.clinica.store.StoreGuard;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hl7.fhir.r4.model.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads FHIR R4 Bundles in JSON with HAPI FHIR, one entry at a time.
 *
 * <p>HAPI parses a bundle all or nothing: one bad resource fails the whole file. So the bundle's
 * envelope is read as plain JSON, and only the resources Clinica takes in (Patient,
 * AllergyIntolerance, Condition) are handed to HAPI, each alone; one that fails is reported with
 * its place and skipped. Resources of other types are counted without being parsed, which also
 * makes a Synthea file (mostly claims and observations) several times faster to read than HAPI's
 * whole-bundle parse.
 */
public final class FhirBundleReader implements PatientBundleReader {

    private static final Logger LOGGER = LoggerFactory.getLogger(FhirBundleReader.class);

    private final FhirContext context;
    private final ObjectMapper json;

    /** A reader on HAPI's shared R4 context, which is costly to build and built once per JVM. */
    public FhirBundleReader() {
        this.context = FhirContext.forR4Cached();
        this.json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    @Override
    public BundleReadResult read(Path file) {
        StoreGuard.requireBackgroundThread();
        String name = String.valueOf(file.getFileName());
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, name);
        } catch (IOException e) {
            throw new InvalidInputException("import.file.unreadable", null, e, name);
        }
    }

    @Override
    public BundleReadResult read(InputStream in, String fileName) {
        StoreGuard.requireBackgroundThread();
        JsonNode bundle = bundle(in, fileName);
        BundleContents contents = new BundleContents(fileName);
        StrictValueErrorHandler errors = new StrictValueErrorHandler();
        ResourceParser parser =
                new ResourceParser(context.newJsonParser().setParserErrorHandler(errors), errors);
        JsonNode entries = bundle.path("entry");
        for (int i = 0; i < entries.size(); i++) {
            readEntry(entries.get(i), i, parser, contents);
        }
        BundleReadResult result = contents.result();
        LOGGER.debug(
                "Bundle read: {} resources, {} patients, {} issues",
                result.resourceCount(),
                result.patients().size(),
                result.issues().size());
        return result;
    }

    private JsonNode bundle(InputStream in, String fileName) {
        JsonNode root;
        try {
            root = json.readTree(in);
        } catch (JacksonException e) {
            throw new InvalidInputException("import.file.notFhir", null, e, fileName);
        } catch (IOException e) {
            throw new InvalidInputException("import.file.unreadable", null, e, fileName);
        }
        boolean isBundle =
                root != null
                        && "Bundle".equals(root.path("resourceType").asText())
                        && (root.path("entry").isArray() || root.path("entry").isMissingNode());
        if (!isBundle) {
            throw new InvalidInputException("import.file.notFhir", fileName);
        }
        return root;
    }

    /** One file's parser (HAPI's parsers are not thread-safe) and the handler it reports to. */
    private record ResourceParser(IParser parser, StrictValueErrorHandler errors) {}

    private static void readEntry(
            JsonNode entry, int index, ResourceParser parser, BundleContents contents) {
        JsonNode resource = entry.path("resource");
        if (resource.isMissingNode()) {
            return;
        }
        EntryPlace place = EntryPlace.of(entry, index);
        switch (place.resourceType()) {
            case "Patient", "AllergyIntolerance", "Condition" ->
                    parse(resource, place, parser, contents);
            case "" -> contents.unreadable(place, "the resource has no resourceType");
            default -> contents.skipped(place.resourceType());
        }
    }

    private static void parse(
            JsonNode resource, EntryPlace place, ResourceParser parser, BundleContents contents) {
        StrictValueErrorHandler errors = parser.errors();
        errors.clear();
        Resource parsed;
        try {
            parsed = (Resource) parser.parser().parseResource(resource.toString());
        } catch (DataFormatException e) {
            contents.unreadable(place, e.getMessage());
            return;
        }
        errors.firstProblem()
                .ifPresentOrElse(
                        problem -> contents.unreadable(place, problem),
                        () -> contents.add(parsed, place));
    }
}
