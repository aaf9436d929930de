package es.clinica.ui.live;

import es.clinica.service.ClinicServices;
import es.clinica.ui.fx.Background;

/**
 * The live screen's state and commands. Empty until the screen is built (issue 4); it already
 * receives what every screen needs: the services, and the helper that calls them off the UI thread.
 */
public final class LiveViewModel {

    private final ClinicServices services;
    private final Background background;

    public LiveViewModel(ClinicServices services, Background background) {
        this.services = services;
        this.background = background;
    }
}
