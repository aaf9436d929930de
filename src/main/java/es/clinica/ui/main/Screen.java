package es.clinica.ui.main;

/**
 * The screens of the navigation, in its order. Adding a screen: a constant here, its button in
 * {@code MainView.fxml} (forwarding to {@link MainViewModel#show}), and its view registered in
 * {@code es.clinica.ui.Workbench}.
 */
public enum Screen {
    RECEPTION("/es/clinica/ui/reception/ReceptionView.fxml"),
    CONSULTATION("/es/clinica/ui/consultation/ConsultationView.fxml"),
    BILLING("/es/clinica/ui/billing/BillingView.fxml"),
    LIVE("/es/clinica/ui/live/LiveView.fxml");

    private final String fxml;

    Screen(String fxml) {
        this.fxml = fxml;
    }

    /** The class-path resource of the screen's view. */
    public String fxml() {
        return fxml;
    }
}
