package es.clinica.bench;

import es.clinica.app.Clinica;
import es.clinica.domain.PatientData;
import es.clinica.service.PatientService;
import es.clinica.service.SyntheticClinic;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Patient search at clinic size: {@code PatientSearchBench [N] [home]} opens a home seeded with
 * {@code SeedBench N home} (seed 1; seeds it first when it holds no patient), then times {@link
 * PatientService#search} for surnames, national ids and phones of seeded patients: a warm-up, then
 * {@value #QUERIES} different queries of each kind. Not a test; see docs/benchmarks.md.
 */
public final class PatientSearchBench {

    private static final int WARM_UP = 100;
    private static final int QUERIES = 300;
    private static final int LIMIT = 50;

    private PatientSearchBench() {}

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path home = Path.of(args.length > 1 ? args[1] : "target/bench/seed-home");
        System.out.printf("Machine: %s%n", BenchHome.machine());
        try (Clinica clinica = BenchHome.open(home)) {
            if (clinica.services().patients().search("a", 1).isEmpty()) {
                clinica.services().seeder().seed(count, 1, (d, t) -> {}, () -> false);
            }
            PatientService patients = clinica.services().patients();
            SyntheticClinic clinic = new SyntheticClinic(1);
            measure("surname", patients, clinic, count, d -> d.name().firstSurname());
            measure(
                    "national id",
                    patients,
                    clinic,
                    count,
                    d -> d.nationalId().orElseThrow().value());
            measure("phone", patients, clinic, count, PatientSearchBench::lastNineDigits);
            System.out.printf("Machine after: %s%n", BenchHome.machine());
        }
    }

    private static String lastNineDigits(PatientData data) {
        String digits = data.phoneDigits();
        return digits.substring(Math.max(0, digits.length() - 9));
    }

    private static void measure(
            String kind,
            PatientService patients,
            SyntheticClinic clinic,
            int count,
            Function<PatientData, String> query) {
        SplittableRandom random = new SplittableRandom(kind.hashCode());
        for (int i = 0; i < WARM_UP; i++) {
            patients.search(query.apply(clinic.person(random.nextInt(count)).data()), LIMIT);
        }
        long[] nanos = new long[QUERIES];
        int found = 0;
        for (int i = 0; i < QUERIES; i++) {
            String text = query.apply(clinic.person(random.nextInt(count)).data());
            long start = System.nanoTime();
            found += patients.search(text, LIMIT).isEmpty() ? 0 : 1;
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(
                "Search by %s: %d queries, median %.2f ms, p95 %.2f ms, max %.2f ms,"
                        + " %d found something%n",
                kind,
                QUERIES,
                nanos[QUERIES / 2] / 1e6,
                nanos[(int) Math.ceil(QUERIES * 0.95) - 1] / 1e6,
                nanos[QUERIES - 1] / 1e6,
                found);
    }
}
