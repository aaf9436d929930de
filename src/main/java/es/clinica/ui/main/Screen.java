package es.clinica.ui.main;

import es.clinica.domain.Role;
import es.clinica.service.Permission;
import es.clinica.service.RolePermissions;

/**
 * The screens of the navigation, in its order. Adding a screen: a constant here (with the
 * permission its main work needs), its button in {@code MainView.fxml} (forwarding to {@link
 * MainViewModel#show}), and its view registered in {@code es.clinica.ui.Workbench}.
 */
public enum Screen {
    RECEPTION("/es/clinica/ui/reception/ReceptionView.fxml", Permission.PATIENT_WRITE),
    CONSULTATION("/es/clinica/ui/consultation/ConsultationView.fxml", Permission.CONSULTATION_RUN),
    BILLING("/es/clinica/ui/billing/BillingView.fxml", Permission.INVOICE_WRITE),
    LIVE("/es/clinica/ui/live/LiveView.fxml", Permission.LIVE_READ),
    ADMIN("/es/clinica/ui/admin/AdminView.fxml", Permission.ADMINISTRATION);

    private final String fxml;
    private final Permission needs;

    Screen(String fxml, Permission needs) {
        this.fxml = fxml;
        this.needs = needs;
    }

    /** The class-path resource of the screen's view. */
    public String fxml() {
        return fxml;
    }

    /**
     * Whether the navigation offers this screen to a role. Only cosmetic: the services check every
     * call themselves.
     */
    public boolean usableBy(Role role) {
        return RolePermissions.allows(role, needs);
    }

    /** The screen a role lands on after logging in. */
    public static Screen landingFor(Role role) {
        switch (role) {
            case DOCTOR:
                return CONSULTATION;
            case BILLING:
                return BILLING;
            case ADMIN:
                return ADMIN;
            default:
                return RECEPTION;
        }
    }
}
