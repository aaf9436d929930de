package es.clinica.app.cli;

import es.clinica.app.Clinica;
import es.clinica.app.Settings;
import java.time.Clock;
import java.util.List;

/**
 * {@code demo}: the clinic's whole story on the configured stores (or the embedded default), step
 * by step, through the real services behind a real login, reading back after each step what
 * PostgreSQL, MongoDB and Redis hold. Exit 0 only when every effect was read back.
 *
 * <p>Sessions last {@link #SESSION_SECONDS} seconds here, so the last step can watch them expire by
 * themselves. The story logs in with the demo accounts ({@code recepcion}, {@code medico}, {@code
 * facturacion}); they exist only on the embedded default, and the demo never creates accounts: on a
 * clinic's server without them it refuses before writing anything. Each run registers a new demo
 * patient (surname {@code Demo}, a fresh valid DNI), so it can run again on the same data.
 */
public final class DemoCommand implements Command {

    /** The short session time to live of the demo. */
    public static final int SESSION_SECONDS = 5;

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String summaryKey() {
        return "cli.demo.summary";
    }

    @Override
    public int run(List<String> arguments, CommandContext context) {
        Settings settings =
                context.settings()
                        .with(Settings.SESSION_SECONDS, Integer.toString(SESSION_SECONDS));
        try (Clinica clinica = Clinica.start(settings, stage -> {});
                DemoReadBack stores = DemoReadBack.open(clinica.settings())) {
            Settings running = clinica.settings();
            return new DemoStory(
                            clinica.services(),
                            stores,
                            context,
                            Clock.system(running.zone()),
                            running.sessionTtl())
                    .run();
        }
    }
}
