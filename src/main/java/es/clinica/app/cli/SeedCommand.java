package es.clinica.app.cli;

import es.clinica.app.Clinica;
import es.clinica.domain.LiveState;
import es.clinica.service.ClinicSeeder;
import java.util.List;
import java.util.Optional;

/**
 * {@code seed N [--seed S] [--history]}: fills the stores with a synthetic clinic of N patients
 * and, with {@code --history}, their past year of appointments, notes and invoices.
 */
public final class SeedCommand implements Command {

    private static final long DEFAULT_SEED = 1L;

    @Override
    public String name() {
        return "seed";
    }

    @Override
    public String summaryKey() {
        return "cli.seed.summary";
    }

    @Override
    public boolean takesArguments() {
        return true;
    }

    @Override
    public int run(List<String> arguments, CommandContext context) {
        Optional<Request> request = parse(arguments);
        if (request.isEmpty()) {
            context.err().println(context.messages().get("cli.seed.usage"));
            return Cli.USAGE;
        }
        Request r = request.get();
        try (Clinica clinica = Clinica.startHeadless(context.settings(), stage -> {})) {
            ClinicSeeder.SeedSummary summary =
                    clinica.services()
                            .seeder()
                            .seed(
                                    r.count(),
                                    r.seed(),
                                    r.history(),
                                    (done, total) -> {},
                                    () -> false);
            print(context, summary, r.seed());
            if (r.history()) {
                // The year's invoices move ranking_servicios: Redis learns them as rebuild-live
                // does.
                LiveState state = clinica.services().liveState().rebuild();
                context.out()
                        .println(
                                context.messages()
                                        .get("seed.history.ranked", state.ranking().size()));
            }
            return Cli.OK;
        }
    }

    /** What was asked: {@code N [--seed S] [--history]}, options in any order. */
    private record Request(int count, long seed, boolean history) {}

    private static Optional<Request> parse(List<String> arguments) {
        try {
            int count = Integer.parseInt(arguments.get(0));
            long seed = DEFAULT_SEED;
            boolean history = false;
            for (int i = 1; i < arguments.size(); i++) {
                if ("--history".equals(arguments.get(i))) {
                    history = true;
                } else if ("--seed".equals(arguments.get(i)) && i + 1 < arguments.size()) {
                    seed = Long.parseLong(arguments.get(++i));
                } else {
                    return Optional.empty();
                }
            }
            return count < 1 ? Optional.empty() : Optional.of(new Request(count, seed, history));
        } catch (IndexOutOfBoundsException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void print(CommandContext context, ClinicSeeder.SeedSummary summary, long seed) {
        double seconds = summary.took().toMillis() / 1000.0;
        long rate = Math.round(summary.patients() / Math.max(seconds, 0.001));
        context.out()
                .println(
                        context.messages()
                                .get(
                                        "seed.done",
                                        summary.patients(),
                                        summary.allergies(),
                                        seconds,
                                        rate,
                                        seed));
        ClinicSeeder.HistorySummary history = summary.history();
        if (history.appointments() > 0) {
            context.out()
                    .println(
                            context.messages()
                                    .get(
                                            "seed.history.done",
                                            history.appointments(),
                                            history.notes(),
                                            history.invoices(),
                                            history.took().toMillis() / 1000.0));
        }
    }
}
