package es.clinica.ui.consultation;

/** The consultation screen. */
public final class ConsultationView {

    private final ConsultationViewModel viewModel;

    public ConsultationView(ConsultationViewModel viewModel) {
        this.viewModel = viewModel;
    }
}
