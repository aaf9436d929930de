package es.clinica.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import es.clinica.app.Settings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CliTest {

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
}
