package es.clinica.app.cli;

import es.clinica.app.Messages;
import es.clinica.app.Settings;
import java.io.PrintStream;

/**
 * What every command gets.
 *
 * @param out the command's result, nothing else (scripts read it)
 * @param err problems and usage
 */
public record CommandContext(
        Settings settings, Messages messages, PrintStream out, PrintStream err) {}
