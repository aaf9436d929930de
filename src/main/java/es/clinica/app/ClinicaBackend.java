package es.clinica.app;

import es.clinica.service.ClinicServices;
import es.clinica.ui.Backend;
import es.clinica.ui.UiSettings;
import java.util.Optional;
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
        clinica.watchLiveState();
        return clinica.services();
    }

    /** The journal lives under the workstation's home: {@code <CLINICA_HOME>/journal}. */
    @Override
    public UiSettings uiSettings() {
        return new UiSettings(
                Optional.of(settings.home().resolve("journal")),
                settings.zone(),
                settings.liveInterval());
    }

    @Override
    public void stop() {
        Clinica started = clinica;
        if (started != null) {
            started.close();
        }
    }
}
