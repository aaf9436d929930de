package es.clinica.ui;

import es.clinica.service.ClinicServices;
import java.time.ZoneId;
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

    /**
     * The clinic's time zone, for the times the screens show; the settings' default (Madrid) unless
     * the backend knows better.
     */
    default ZoneId zone() {
        return ZoneId.of("Europe/Madrid");
    }

    /** Stops what {@link #start} started; safe to call more than once. */
    void stop();
}
