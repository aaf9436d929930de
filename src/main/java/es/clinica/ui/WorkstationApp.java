package es.clinica.ui;

import java.util.Locale;

/** The workstation window's entry point. */
public final class WorkstationApp {

    private WorkstationApp() {}

    /** Opens the window, starting the backend behind a progress screen; returns when closed. */
    public static void launch(Locale locale, Backend backend) {
        // TODO: replaced by the UI shell (issue 2): JavaFX Application with progress screen.
        throw new UnsupportedOperationException("The window is not built yet");
    }
}
