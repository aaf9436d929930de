package es.clinica.ui.live;

/** The live screen. */
public final class LiveView {

    private final LiveViewModel viewModel;

    public LiveView(LiveViewModel viewModel) {
        this.viewModel = viewModel;
    }
}
