package es.clinica.app;

import es.clinica.app.cli.Cli;
import es.clinica.service.InvalidInputException;
import es.clinica.ui.WorkstationApp;

/** The one entry point: the workstation window without arguments, a command with them. */
public final class Main {

    /** Read by logback.xml to put the log file under the data directory. */
    static final String HOME_PROPERTY = "clinica.home";

    private Main() {}

    public static void main(String[] args) {
        Settings settings = Settings.load();
        // Before the first logger is created, so the log file lands under CLINICA_HOME.
        System.setProperty(HOME_PROPERTY, settings.home().toString());
        int code =
                args.length == 0
                        ? openWindow(settings)
                        : Cli.standard().run(args, settings, System.out, System.err);
        System.exit(code);
    }

    private static int openWindow(Settings settings) {
        try {
            settings.validate();
        } catch (InvalidInputException e) {
            // No window yet to show it in; commands report the same way through Cli.
            System.err.println(Messages.forLocale(settings.locale()).of(e));
            return Cli.FAILED;
        }
        ClinicaBackend backend = new ClinicaBackend(settings);
        try {
            WorkstationApp.launch(settings.locale(), backend);
        } finally {
            backend.stop();
        }
        return Cli.OK;
    }
}
