package es.clinica.bench;

import es.clinica.app.Clinica;
import es.clinica.service.ClinicSeeder;
import java.nio.file.Path;

/**
 * Times {@code seed} on an embedded home: {@code SeedBench [N] [home] [--history]}, by default
 * 100,000 patients into {@code target/bench/seed-home}, which must be empty (a second run of the
 * same seed clashes on national ids). Not a test; see docs/benchmarks.md.
 */
public final class SeedBench {

    private SeedBench() {}

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path home = Path.of(args.length > 1 ? args[1] : "target/bench/seed-home");
        boolean history = args.length > 2 && "--history".equals(args[2]);
        System.out.printf("Machine: %s%n", BenchHome.machine());
        try (Clinica clinica = BenchHome.open(home)) {
            ClinicSeeder.SeedSummary summary =
                    clinica.services()
                            .seeder()
                            .seed(count, 1, history, (done, total) -> {}, () -> false);
            double seconds = summary.took().toMillis() / 1000.0;
            System.out.printf(
                    "Seed: %d patients (%d allergies) in %.1f s = %.0f patients/s%n",
                    summary.patients(), summary.allergies(), seconds, count / seconds);
            ClinicSeeder.HistorySummary past = summary.history();
            if (history) {
                System.out.printf(
                        "History: %d appointments, %d notes, %d invoices in %.1f s%n",
                        past.appointments(),
                        past.notes(),
                        past.invoices(),
                        past.took().toMillis() / 1000.0);
            }
            System.out.printf("Machine after: %s%n", BenchHome.machine());
        }
    }
}
