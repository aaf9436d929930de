package es.clinica.app.cli;

import java.util.List;

/** One headless command of the workstation's main, such as {@code check}. */
public interface Command {

    /** What the user types: {@code check}, {@code --version}. */
    String name();

    /** Bundle key of the one-line description shown by {@code --help}. */
    String summaryKey();

    /**
     * Whether anything may follow the command's name; a command that takes nothing refuses extra
     * words with the usage's exit code instead of ignoring them.
     */
    default boolean takesArguments() {
        return false;
    }

    /**
     * Runs the command.
     *
     * @param arguments what followed the command's name
     * @return the process exit code: 0 when it did what was asked
     * @throws es.clinica.service.ClinicaException for a failure the user is told about
     */
    int run(List<String> arguments, CommandContext context);
}
