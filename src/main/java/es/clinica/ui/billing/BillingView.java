package es.clinica.ui.billing;

/** The billing screen. */
public final class BillingView {

    private final BillingViewModel viewModel;

    public BillingView(BillingViewModel viewModel) {
        this.viewModel = viewModel;
    }
}
