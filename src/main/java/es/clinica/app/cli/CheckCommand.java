package es.clinica.app.cli;

import es.clinica.app.Clinica;
import es.clinica.app.Messages;
import es.clinica.service.StoreHealth;
import es.clinica.service.StoreKind;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code check}: reports for each store what it is, where, its version and round-trip time, then
 * opens the stores and runs the further {@link Check}s. Fails naming every store it cannot reach.
 */
public final class CheckCommand implements Command {

    private final List<Check> checks;

    /**
     * @param checks run in order after the stores answer
     */
    public CheckCommand(List<Check> checks) {
        this.checks = List.copyOf(checks);
    }

    @Override
    public String name() {
        return "check";
    }

    @Override
    public String summaryKey() {
        return "cli.check.summary";
    }

    @Override
    public int run(List<String> arguments, CommandContext context) {
        try (Clinica clinica = Clinica.prepare(context.settings(), stage -> {})) {
            List<StoreHealth> stores = clinica.health().check();
            stores.forEach(
                    store -> context.out().println(line(store, clinica, context.messages())));
            List<String> down = unreachable(stores);
            if (!down.isEmpty()) {
                context.err()
                        .println(context.messages().get("check.failed", String.join(", ", down)));
                return Cli.FAILED;
            }
            clinica.open(stage -> {});
            return runChecks(clinica, context);
        }
    }

    private int runChecks(Clinica clinica, CommandContext context) {
        boolean problem = false;
        for (Check check : checks) {
            for (Check.Finding finding : check.run(clinica.services())) {
                problem |= finding.problem();
                String text =
                        context.messages().get(finding.messageKey(), finding.arguments().toArray());
                (finding.problem() ? context.err() : context.out()).println(text);
            }
        }
        context.out().println(context.messages().get(problem ? "check.problems" : "check.ok"));
        return problem ? Cli.FAILED : Cli.OK;
    }

    private static String line(StoreHealth store, Clinica clinica, Messages messages) {
        String name = Clinica.displayName(store.store());
        String origin = origin(store.store(), clinica, messages);
        if (!store.state().isUp()) {
            return messages.get("check.store.unreachable", name, origin, store.address());
        }
        double millis = store.roundTrip().orElse(Duration.ZERO).toNanos() / 1_000_000.0;
        return messages.get(
                "check.store.up",
                name,
                origin,
                store.address(),
                store.version().orElse("?"),
                millis);
    }

    private static String origin(StoreKind store, Clinica clinica, Messages messages) {
        return messages.get(
                clinica.isEmbedded(store) ? "check.origin.embedded" : "check.origin.configured");
    }

    private static List<String> unreachable(List<StoreHealth> stores) {
        return stores.stream()
                .filter(store -> !store.state().isUp())
                .map(store -> Clinica.displayName(store.store()) + " (" + store.address() + ")")
                .collect(Collectors.toList());
    }
}
