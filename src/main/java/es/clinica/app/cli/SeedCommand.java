package es.clinica.app.cli;

import es.clinica.app.Clinica;
import es.clinica.service.ClinicSeeder;
import java.util.List;

/** {@code seed N [--seed S]}: fills the stores with a synthetic clinic of N patients. */
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
    public int run(List<String> arguments, CommandContext context) {
        int count;
        long seed = DEFAULT_SEED;
        try {
            count = Integer.parseInt(arguments.get(0));
            if (arguments.size() == 3 && "--seed".equals(arguments.get(1))) {
                seed = Long.parseLong(arguments.get(2));
            } else if (arguments.size() != 1) {
                throw new IllegalArgumentException("unexpected arguments");
            }
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            context.err().println(context.messages().get("cli.seed.usage"));
            return Cli.USAGE;
        }
        if (count < 1) {
            context.err().println(context.messages().get("cli.seed.usage"));
            return Cli.USAGE;
        }
        try (Clinica clinica = Clinica.startHeadless(context.settings(), stage -> {})) {
            ClinicSeeder.SeedSummary summary =
                    clinica.services().seeder().seed(count, seed, (done, total) -> {}, () -> false);
            double seconds = summary.took().toMillis() / 1000.0;
            context.out()
                    .println(
                            context.messages()
                                    .get(
                                            "seed.done",
                                            summary.patients(),
                                            summary.allergies(),
                                            seconds,
                                            Math.round(
                                                    summary.patients() / Math.max(seconds, 0.001)),
                                            seed));
            return Cli.OK;
        }
    }
}
