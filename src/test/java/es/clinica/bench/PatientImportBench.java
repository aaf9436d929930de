package es.clinica.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import es.clinica.app.Clinica;
import es.clinica.service.ImportSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;

/**
 * Import speed: {@code PatientImportBench FOLDER [patients] [work]} copies the FHIR bundles of
 * FOLDER (the shared Synthea files) until at least 1,000 patients, each copy's patient identifiers
 * suffixed with the copy number so every copy is a new patient, then times HAPI alone parsing the
 * copies beside {@code PatientImportService} importing them into a fresh embedded home. Not a test;
 * see docs/benchmarks.md.
 */
public final class PatientImportBench {

    private PatientImportBench() {}

    public static void main(String[] args) throws IOException {
        Path source = Path.of(args[0]);
        int wanted = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        Path work = Path.of(args.length > 2 ? args[2] : "target/bench/import-" + System.nanoTime());
        System.out.printf("Machine: %s%n", BenchHome.machine());
        Path files = work.resolve("files");
        int[] made = copies(source, wanted, files);
        System.out.printf("Copies: %d patients, %d resources in %s%n", made[0], made[1], files);
        hapiAlone(files, made);
        try (Clinica clinica = BenchHome.open(work.resolve("home"))) {
            long start = System.nanoTime();
            ImportSummary summary =
                    clinica.services()
                            .patientImport()
                            .importFiles(List.of(files), (f, d, t) -> {}, () -> false);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    "PatientImportService: %d files, %d patients created (%d updated, %d"
                            + " unchanged), %d allergies, %d conditions in %.2f s = %.0f"
                            + " patients/s, %.0f resources/s%n",
                    summary.files(),
                    summary.created(),
                    summary.updated(),
                    summary.unchanged(),
                    summary.allergies(),
                    summary.conditions(),
                    seconds,
                    summary.created() / seconds,
                    made[1] / seconds);
        }
        System.out.printf("Machine after: %s%n", BenchHome.machine());
    }

    /** Writes the copies; returns {patients, resources}. */
    private static int[] copies(Path source, int wanted, Path target) throws IOException {
        Files.createDirectories(target);
        IParser parser = FhirContext.forR4Cached().newJsonParser();
        List<Path> originals = jsonFiles(source);
        int patients = 0;
        int resources = 0;
        for (int copy = 0; patients < wanted; copy++) {
            for (Path original : originals) {
                Bundle bundle = parser.parseResource(Bundle.class, Files.readString(original));
                patients += renumber(bundle, copy);
                resources += bundle.getEntry().size();
                String name = String.format("c%04d-%s", copy, original.getFileName());
                Files.writeString(target.resolve(name), parser.encodeResourceToString(bundle));
            }
        }
        return new int[] {patients, resources};
    }

    private static int renumber(Bundle bundle, int copy) {
        int patients = 0;
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            if (entry.getResource() instanceof Patient patient) {
                patients++;
                for (Identifier identifier : patient.getIdentifier()) {
                    identifier.setValue(identifier.getValue() + "-c" + copy);
                }
            }
        }
        return patients;
    }

    private static void hapiAlone(Path files, int[] made) throws IOException {
        List<byte[]> contents = new ArrayList<>();
        for (Path file : jsonFiles(files)) {
            contents.add(Files.readAllBytes(file));
        }
        IParser parser = FhirContext.forR4Cached().newJsonParser();
        long start = System.nanoTime();
        int resources = 0;
        for (byte[] content : contents) {
            resources +=
                    parser.parseResource(Bundle.class, new String(content, UTF_8))
                            .getEntry()
                            .size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "HAPI alone (parse only, warm context): %d files, %d resources in %.2f s = %.0f"
                        + " patients/s, %.0f resources/s%n",
                contents.size(), resources, seconds, made[0] / seconds, resources / seconds);
    }

    private static List<Path> jsonFiles(Path folder) throws IOException {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }
}
