package es.clinica.app;

import es.clinica.service.ClinicServices;
import es.clinica.ui.Backend;
import java.time.ZoneId;
import java.util.function.Consumer;

/** The window's way into the composition root. */
final class ClinicaBackend implements Backend {

    private final Settings settings;
    private volatile Clinica clinica;

    ClinicaBackend(Settings settings) {
        this.settings = settings;
    }

    @Override
    public ClinicServices start(Consumer<String> progress) {
        clinica = Clinica.start(settings, progress);
        return clinica.services();
    }

    @Override
    public ZoneId zone() {
        return settings.zone();
    }

    @Override
    public void stop() {
        Clinica started = clinica;
        if (started != null) {
            started.close();
        }
    }
}
