package es.clinica.bench;

import es.clinica.app.Clinica;
import es.clinica.app.Settings;
import java.nio.file.Path;
import java.util.Map;

/** A workstation over the embedded stores kept in one folder, for the benchmarks. */
final class BenchHome {

    private BenchHome() {}

    /** Starts the embedded servers with their data in {@code home}, acting as the operator. */
    static Clinica open(Path home) {
        Settings settings =
                Settings.from(
                        Map.of(
                                Settings.HOME,
                                home.toAbsolutePath().toString(),
                                Settings.ZONE,
                                "Europe/Madrid"),
                        Map.of());
        System.setProperty("clinica.home", settings.home().toString());
        return Clinica.startHeadless(settings, stage -> {});
    }

    static String machine() {
        return String.format(
                "%d cores, load average %.2f",
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
    }
}
