package es.clinica.app.cli;

import es.clinica.app.Clinica;
import es.clinica.app.Messages;
import es.clinica.domain.ImportIssue;
import es.clinica.service.ClinicServices;
import es.clinica.service.ImportSummary;
import es.clinica.service.UnavailableException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code import FILE_OR_FOLDER...}: takes patients in from FHIR R4 JSON bundles and prints what it
 * made of them. Fails (exit 1) when a file was refused as a whole or a path does not exist; the
 * others are still imported. When no path holds a file to import, it says so and fails before
 * starting any store.
 */
public final class ImportCommand implements Command {

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String summaryKey() {
        return "cli.import.summary";
    }

    @Override
    public boolean takesArguments() {
        return true;
    }

    @Override
    public int run(List<String> arguments, CommandContext context) {
        if (arguments.isEmpty()) {
            context.err().println(context.messages().get("cli.import.usage"));
            return Cli.USAGE;
        }
        List<Path> paths = new ArrayList<>();
        for (String argument : arguments) {
            Path path = Path.of(argument);
            if (Files.exists(path)) {
                paths.add(path);
            } else {
                context.out().println(context.messages().get("import.path.notFound", argument));
            }
        }
        if (!holdsAFile(paths)) {
            context.out().println(context.messages().get("import.nothingFound"));
            return Cli.FAILED;
        }
        boolean allFound = paths.size() == arguments.size();
        try (Clinica clinica = Clinica.startHeadless(context.settings(), stage -> {})) {
            ClinicServices services = clinica.services();
            ImportSummary summary =
                    services.patientImport()
                            .importFiles(
                                    paths,
                                    (file, done, total) ->
                                            context.err()
                                                    .println(
                                                            context.messages()
                                                                    .get(
                                                                            "import.progress",
                                                                            file,
                                                                            done,
                                                                            total)),
                                    () -> false);
            print(summary, context.messages(), context.out());
            deliverProfiles(services, context);
            return summary.failedFiles().isEmpty() && allFound ? Cli.OK : Cli.FAILED;
        }
    }

    /**
     * Whether a path is a file, or a folder with a {@code .json} file, as the import reads them.
     */
    private static boolean holdsAFile(List<Path> paths) {
        for (Path path : paths) {
            if (!Files.isDirectory(path)) {
                return true;
            }
            try (Stream<Path> inside = Files.list(path)) {
                if (inside.anyMatch(p -> p.getFileName().toString().endsWith(".json"))) {
                    return true;
                }
            } catch (IOException e) {
                // The import reports the folder it cannot list, with its summary.
                return true;
            }
        }
        return false;
    }

    private static void print(ImportSummary summary, Messages messages, PrintStream out) {
        out.println(
                messages.get(
                        "import.summary.totals",
                        summary.files(),
                        summary.created(),
                        summary.updated(),
                        summary.unchanged(),
                        summary.allergies(),
                        summary.conditions(),
                        summary.skippedCount(),
                        summary.issues().size()));
        summary.skippedByType()
                .forEach(
                        (type, n) ->
                                out.println(messages.get("import.summary.skippedType", type, n)));
        for (ImportIssue issue : summary.issues()) {
            out.println(
                    messages.get(
                            issue.kind().messageKey(),
                            issue.file(),
                            issue.place(),
                            issue.reason()));
        }
        for (ImportSummary.FailedFile failed : summary.failedFiles()) {
            out.println(messages.get(failed.messageKey(), failed.arguments().toArray()));
        }
        if (summary.cancelled()) {
            out.println(messages.get("import.summary.cancelled"));
        }
    }

    // The command closes the stores when it ends: hand the profiles to MongoDB now if it answers.
    private static void deliverProfiles(ClinicServices services, CommandContext context) {
        try {
            services.outboxRelay().runOnce();
        } catch (UnavailableException e) {
            context.err().println(context.messages().of(e));
        }
        long pending = services.outboxRelay().pendingCount();
        if (pending > 0) {
            context.out().println(context.messages().get("import.profiles.pending", pending));
        }
    }
}
