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
        Settings settings = Settings.from(Map.of(Settings.LOCALE, locale), Map.of());
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
    void aLocaleWithoutBundleFallsBackToEnglish() {
        run("de", "--help");

        assertThat(out()).contains("Commands:");
    }
}
