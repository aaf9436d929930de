package es.clinica.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import es.clinica.app.Messages;
import es.clinica.app.Settings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CliTest {

    /** Under target/, never the user's home; no store is started for these. */
    private static final Path SCRATCH = Path.of("target", "cli-test").toAbsolutePath();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String locale, String... args) {
        return run(Settings.from(Map.of(Settings.LOCALE, locale), Map.of()), args);
    }

    private int run(Settings settings, String... args) {
        return Cli.standard()
                .run(
                        args,
                        settings,
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void versionPrintsThePomVersion() {
        int code = run("en", "--version");

        assertThat(code).isZero();
        assertThat(out()).matches("Clinica \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
    }

    @Test
    void unknownCommandPrintsUsageOnStandardErrorAndExitsWithTwo() {
        int code = run("en", "frobnicate");

        assertThat(code).isEqualTo(Cli.USAGE);
        assertThat(out()).isEmpty();
        assertThat(err()).contains("Unknown command: frobnicate", "check", "--version");
    }

    @Test
    void aCommandThatTakesNoArgumentsRefusesExtraWordsBeforeStartingAnything() {
        for (String command : new String[] {"check", "verify-audit", "rebuild-live", "--version"}) {
            out.reset();
            err.reset();

            int code = run("es", command, "extra");

            assertThat(code).as(command).isEqualTo(Cli.USAGE);
            assertThat(out()).as(command).isEmpty();
            assertThat(err()).as(command).contains(command + " no admite argumentos.");
        }
    }

    @Test
    void helpListsTheCommandsInTheConfiguredLanguage() {
        int code = run("es", "--help");

        assertThat(code).isZero();
        assertThat(out()).contains("Órdenes:", "check", "--version", "muestra esta ayuda");
        assertThat(err()).isEmpty();
    }

    @Test
    void helpKeepsTheApostrophesOfItsTexts() {
        run("en", "--help");

        assertThat(out()).contains("(today's count,", "audit trail's hash chain");
    }

    @Test
    void aLocaleWithoutBundleFallsBackToEnglish() {
        run("de", "--help");

        assertThat(out()).contains("Commands:");
    }

    @Test
    void checkWithAnUnknownZoneSaysSoInTheUsersLanguageBeforeStartingAnything() {
        Settings settings =
                Settings.from(
                        Map.of(
                                Settings.LOCALE, "es",
                                Settings.ZONE, "Mars/Base",
                                // Where check would start the embedded servers.
                                Settings.HOME, "target/cli-test-never-started"),
                        Map.of());

        int code = run(settings, "check");

        assertThat(code).isEqualTo(Cli.FAILED);
        assertThat(err()).contains("CLINICA_ZONE", "«Mars/Base»", "no se ha arrancado nada");
        assertThat(err()).doesNotContain("Exception", "\tat ");
        assertThat(java.nio.file.Path.of("target/cli-test-never-started")).doesNotExist();
    }

    @Test
    void importOfAMissingPathSaysItWasNotFoundAndStartsNothing() {
        Path missing = SCRATCH.resolve("no-such-bundle-" + System.nanoTime());

        int code = run("en", "import", missing.toString());

        assertThat(code).isEqualTo(Cli.FAILED);
        assertThat(out())
                .contains("Not found: " + missing)
                .contains("No FHIR bundles found")
                .doesNotContain("files:");
    }

    @Test
    void importOfAnEmptyFolderSaysNoBundlesWereFound() throws IOException {
        Path empty = Files.createDirectories(SCRATCH.resolve("empty-" + System.nanoTime()));

        int code = run("es", "import", empty.toString());

        assertThat(code).isEqualTo(Cli.FAILED);
        assertThat(out()).contains("No se han encontrado paquetes FHIR");
    }

    @Test
    void importTotalsUseSingularAndPluralInBothLanguages() {
        Object[] one = {1, 1, 0, 0, 1, 1, 1, 1};
        Object[] two = {2, 2, 1, 0, 2, 0, 2, 2};

        assertThat(Messages.forLocale(Locale.ENGLISH).get("import.summary.totals", one))
                .isEqualTo(
                        "1 file: 1 patient created, 0 updated, 0 unchanged; 1 allergy and 1"
                                + " condition written; 1 resource of other types skipped; 1"
                                + " problem.");
        assertThat(Messages.forLocale(Locale.ENGLISH).get("import.profiles.pending", 1))
                .startsWith("1 profile is waiting for MongoDB");
        assertThat(
                        Messages.forLocale(Locale.forLanguageTag("es"))
                                .get("import.profiles.pending", 3))
                .startsWith("3 perfiles esperan a MongoDB");
        assertThat(Messages.forLocale(Locale.ENGLISH).get("import.summary.totals", two))
                .startsWith("2 files: 2 patients created")
                .endsWith("2 problems.");
        assertThat(
                        Messages.forLocale(Locale.forLanguageTag("es"))
                                .get("import.summary.totals", one))
                .isEqualTo(
                        "1 fichero: 1 paciente creado, 0 actualizados, 0 sin cambios; 1 alergia y 1"
                                + " afección escritas; 1 recurso de otros tipos omitido; 1"
                                + " problema.");
    }
}
