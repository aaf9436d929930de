package es.clinica.ui;

import es.clinica.service.ClinicServices;
import java.util.function.Consumer;

/**
 * What the window needs from the composition root: something that starts (or connects) the stores
 * and hands back the services, and stops them when the window closes.
 */
public interface Backend {

    /**
     * Starts or connects the stores. Called once, off the JavaFX thread.
     *
     * @param progress told each stage as a short key ({@code postgresql}, {@code redis}, {@code
     *     mongodb}, {@code schema}, {@code ready}); the window shows it
     * @throws es.clinica.service.ClinicaException when a store cannot be reached or the data
     *     directory is in use; the window shows its message
     */
    ClinicServices start(Consumer<String> progress);

    /** Stops what {@link #start} started; safe to call more than once. */
    void stop();

    /**
     * The workstation settings the screens need (local journal, clinic zone). Read once, after
     * {@link #start} succeeded; the default journals nothing and shows UTC times.
     */
    default UiSettings uiSettings() {
        return UiSettings.defaults();
    }
}
