package es.clinica.app.cli;

import es.clinica.app.Clinica;
import es.clinica.domain.LiveState;
import java.util.List;

/**
 * {@code rebuild-live}: recomputes {@code citas_hoy}, {@code cola_atencion}, the in-consultation
 * lists and {@code ranking_servicios} from PostgreSQL and replaces what Redis holds.
 */
public final class RebuildLiveCommand implements Command {

    @Override
    public String name() {
        return "rebuild-live";
    }

    @Override
    public String summaryKey() {
        return "cli.rebuildLive.summary";
    }

    @Override
    public int run(List<String> arguments, CommandContext context) {
        try (Clinica clinica = Clinica.start(context.settings(), stage -> {})) {
            LiveState state = clinica.services().liveState().rebuild();
            int consulting = state.inConsultation().values().stream().mapToInt(List::size).sum();
            context.out()
                    .println(
                            context.messages()
                                    .get(
                                            "cli.rebuildLive.done",
                                            state.todaysAppointments(),
                                            state.queue().size(),
                                            consulting,
                                            state.ranking().size()));
            return Cli.OK;
        }
    }
}
