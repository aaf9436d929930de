package es.clinica.ui.reception;

/** The reception screen. */
public final class ReceptionView {

    private final ReceptionViewModel viewModel;

    public ReceptionView(ReceptionViewModel viewModel) {
        this.viewModel = viewModel;
    }
}
