package es.clinica.bench;

import es.clinica.domain.Icd10Code;
import es.clinica.service.Icd10Catalog;
import es.clinica.service.Icd10CodeFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/**
 * Measures the ICD-10 catalog: the first load of the shipped file and the search time of typical
 * queries. Not a test; run with {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=es.clinica.bench.Icd10CatalogBench}.
 */
public final class Icd10CatalogBench {

    private static final List<String> QUERIES =
            List.of(
                    "E11.9",
                    "e11",
                    "s",
                    "S72",
                    "type 2 diabetes",
                    "diab",
                    "fracture of femur",
                    "a",
                    "of",
                    "hipertensión",
                    "zzqx");
    private static final int ROUNDS = 500;
    private static final int LIMIT = 50;

    private Icd10CatalogBench() {}

    public static void main(String[] args) {
        Icd10Catalog catalog = Icd10Catalog.bundled();
        long start = System.nanoTime();
        catalog.load();
        System.out.printf(
                "load: %d codes in %.0f ms (first, cold JVM)%n",
                catalog.size(), (System.nanoTime() - start) / 1e6);
        for (int i = 0; i < 3; i++) {
            loadInSteps();
        }
        for (String query : QUERIES) {
            measure(catalog, query);
        }
    }

    private static void loadInSteps() {
        long start = System.nanoTime();
        List<Icd10Code> codes;
        try (InputStream in =
                Icd10Catalog.class.getResourceAsStream(Icd10Catalog.BUNDLED_RESOURCE)) {
            codes = Icd10CodeFile.read(in, "bundled");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long read = System.nanoTime();
        Icd10Catalog.of(codes).load();
        long indexed = System.nanoTime();
        System.out.printf(
                "load again: read %.0f ms + index %.0f ms%n",
                (read - start) / 1e6, (indexed - read) / 1e6);
    }

    private static void measure(Icd10Catalog catalog, String query) {
        long[] micros = new long[ROUNDS];
        int found = 0;
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            found = catalog.search(query, LIMIT).size();
            micros[i] = (System.nanoTime() - start) / 1_000;
        }
        long first = micros[0];
        Arrays.sort(micros);
        System.out.printf(
                "%-20s %3d found  first %6d us  median %6d us  p95 %6d us%n",
                '"' + query + '"', found, first, micros[ROUNDS / 2], micros[ROUNDS * 95 / 100]);
    }
}
