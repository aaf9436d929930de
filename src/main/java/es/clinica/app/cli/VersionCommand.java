package es.clinica.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;

/** {@code --version}: the version Maven built, from a filtered resource. */
public final class VersionCommand implements Command {

    private static final String RESOURCE = "/es/clinica/app/version.properties";

    @Override
    public String name() {
        return "--version";
    }

    @Override
    public String summaryKey() {
        return "cli.version.summary";
    }

    @Override
    public int run(List<String> arguments, CommandContext context) {
        context.out().println(context.messages().get("cli.version", version()));
        return Cli.OK;
    }

    /** The project's version, as written in the pom. */
    public static String version() {
        Properties properties = new Properties();
        try (InputStream in = VersionCommand.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }
}
