package es.clinica.app.cli;

import es.clinica.app.Messages;
import es.clinica.app.Settings;
import es.clinica.service.ClinicaException;
import es.clinica.service.InvalidInputException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The headless face of the main: finds the command named by the first argument and runs it. A new
 * command is one {@link Command} class added to {@link #standard()}.
 */
public final class Cli {

    /** Exit code of a command that did what was asked. */
    public static final int OK = 0;

    /** Exit code of a command that failed; the reason is on standard error. */
    public static final int FAILED = 1;

    /** Exit code of a command line that names no known command. */
    public static final int USAGE = 2;

    private static final Logger LOGGER = LoggerFactory.getLogger(Cli.class);
    private static final String HELP = "--help";

    private final Map<String, Command> commands = new LinkedHashMap<>();

    public Cli(List<Command> commands) {
        commands.forEach(command -> this.commands.put(command.name(), command));
    }

    /** Every command the workstation knows. */
    public static Cli standard() {
        return new Cli(
                List.of(
                        new CheckCommand(List.of(new PatientStoresCheck(), new LiveStateCheck())),
                        new VersionCommand(),
                        new VerifyAuditCommand(),
                        new ImportCommand(),
                        new SeedCommand(),
                        new RebuildLiveCommand(),
                        new DemoCommand()));
    }

    /**
     * Runs the command {@code args} names.
     *
     * @return the exit code: {@link #OK}, {@link #FAILED} or {@link #USAGE}
     */
    public int run(String[] args, Settings settings, PrintStream out, PrintStream err) {
        CommandContext context =
                new CommandContext(settings, Messages.forLocale(settings.locale()), out, err);
        if (args.length == 0 || HELP.equals(args[0]) || "-h".equals(args[0])) {
            usage(context.messages(), out);
            return args.length == 0 ? USAGE : OK;
        }
        Optional<Command> command = Optional.ofNullable(commands.get(args[0]));
        if (command.isEmpty()) {
            err.println(context.messages().get("cli.unknownCommand", args[0]));
            usage(context.messages(), err);
            return USAGE;
        }
        return runReporting(command.get(), Arrays.asList(args).subList(1, args.length), context);
    }

    private static int runReporting(
            Command command, List<String> arguments, CommandContext context) {
        try {
            // Before the command starts any server, so a wrong setting costs no start-up.
            if (!command.takesArguments() && !arguments.isEmpty()) {
                context.err().println(context.messages().get("cli.noArguments", command.name()));
                return USAGE;
            }
            context.settings().validate();
            return command.run(arguments, context);
        } catch (InvalidInputException e) {
            // What the user typed or configured: the sentence says it all, the log keeps the key.
            LOGGER.info("Command {} refused: {}", command.name(), e.messageKey());
            context.err().println(context.messages().of(e));
            return FAILED;
        } catch (ClinicaException e) {
            // The user reads the sentence; the log keeps the key and the technical cause, if any.
            LOGGER.error("Command {} failed: {}", command.name(), e.messageKey(), e.getCause());
            context.err().println(context.messages().of(e));
            return FAILED;
        }
    }

    private void usage(Messages messages, PrintStream stream) {
        stream.println(messages.get("cli.usage"));
        stream.println(messages.get("cli.commands"));
        for (Command command : commands.values()) {
            stream.printf("  %-12s %s%n", command.name(), messages.get(command.summaryKey()));
        }
        stream.printf("  %-12s %s%n", HELP, messages.get("cli.help.summary"));
    }
}
