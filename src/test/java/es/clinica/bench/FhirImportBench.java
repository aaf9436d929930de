package es.clinica.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import es.clinica.domain.BundleReadResult;
import es.clinica.domain.ImportedPatient;
import es.clinica.store.fhir.FhirBundleReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Measures reading FHIR bundles: HAPI's own whole-bundle parse (first and warm) beside Clinica's
 * reader, over the given files repeated until at least 1,000 patients, and prints what the reader
 * made of each file. Not a test; run with {@code mvn -q test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=es.clinica.bench.FhirImportBench
 * -Dexec.args=../shared/data/fhir}.
 */
public final class FhirImportBench {

    private static final int PATIENTS = 1_000;

    private FhirImportBench() {}

    public static void main(String[] args) throws IOException {
        List<Path> files = jsonFiles(Path.of(args.length > 0 ? args[0] : "../shared/data/fhir"));
        List<byte[]> contents = new ArrayList<>();
        for (Path file : files) {
            contents.add(Files.readAllBytes(file));
        }
        hapiAlone(contents);
        FhirBundleReader reader = new FhirBundleReader();
        for (Path file : files) {
            describe(reader.read(file));
        }
        readerLoop(reader, files, contents);
    }

    private static void hapiAlone(List<byte[]> contents) {
        long start = System.nanoTime();
        FhirContext context = FhirContext.forR4Cached();
        IParser parser = context.newJsonParser();
        parser.parseResource(Bundle.class, new String(contents.get(0), UTF_8));
        System.out.printf(
                "HAPI first parse (context + one bundle): %.0f ms%n",
                (System.nanoTime() - start) / 1e6);
        int rounds = PATIENTS / contents.size();
        int resources = 0;
        long warm = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            for (byte[] content : contents) {
                resources +=
                        parser.parseResource(Bundle.class, new String(content, UTF_8))
                                .getEntry()
                                .size();
            }
        }
        report(
                "HAPI alone, whole bundles",
                rounds * contents.size(),
                resources,
                System.nanoTime() - warm);
    }

    private static void readerLoop(
            FhirBundleReader reader, List<Path> files, List<byte[]> contents) {
        int rounds = PATIENTS / contents.size();
        int patients = 0;
        int resources = 0;
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            for (int f = 0; f < contents.size(); f++) {
                BundleReadResult result =
                        reader.read(
                                new java.io.ByteArrayInputStream(contents.get(f)),
                                files.get(f).toString());
                patients += result.patients().size();
                resources += result.resourceCount();
            }
        }
        report("Clinica reader", patients, resources, System.nanoTime() - start);
    }

    private static void report(String what, int patients, int resources, long nanos) {
        double seconds = nanos / 1e9;
        System.out.printf(
                "%s: %d patients, %d resources in %.2f s = %.0f patients/s, %.0f resources/s%n",
                what, patients, resources, seconds, patients / seconds, resources / seconds);
    }

    private static void describe(BundleReadResult result) {
        System.out.printf(
                "%s: %d resources, %d patients, %d allergies, %d conditions, skipped %s, issues"
                        + " %s%n",
                result.file(),
                result.resourceCount(),
                result.patients().size(),
                result.allergyCount(),
                result.conditionCount(),
                result.skippedByType(),
                result.issues());
        for (ImportedPatient p : result.patients()) {
            System.out.printf(
                    "  given %s, surnames '%s', maiden %s, born %s, %s, deceased %s, phone %s,"
                            + " address %s, source id %s (%d ids)%n",
                    p.givenNames(),
                    p.surnames(),
                    p.maidenSurname(),
                    p.birthDate(),
                    p.gender(),
                    p.deceased(),
                    p.phone(),
                    p.address(),
                    p.sourceIdentifier(),
                    p.identifiers().size());
            p.allergies().forEach(a -> System.out.printf("    allergy %s%n", a));
            p.conditions().forEach(c -> System.out.printf("    condition %s%n", c));
        }
    }

    private static List<Path> jsonFiles(Path folder) throws IOException {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }
}
