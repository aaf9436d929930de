package es.clinica.ui.billing;

import static es.clinica.ui.billing.Invoices.line;
import static org.assertj.core.api.Assertions.assertThat;

import es.clinica.domain.InvoiceStatus;
import es.clinica.domain.NationalId;
import es.clinica.domain.Patient;
import es.clinica.domain.PatientData;
import es.clinica.domain.PersonName;
import es.clinica.domain.Sex;
import es.clinica.service.ClinicServices;
import es.clinica.service.InvoiceDocument;
import es.clinica.ui.fx.Background;
import es.clinica.ui.i18n.Localization;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BillingViewModelTest {

    private final Localization localization = new Localization(Locale.ENGLISH);
    private final BillingViewModel viewModel =
            new BillingViewModel(
                    new ClinicServices(List::of),
                    Background.inline(localization),
                    localization,
                    Path.of("target", "invoices"));

    @Test
    void totalsPreviewFollowsTypedQuantitiesWithRates0And10And21() {
        viewModel.show(
                Invoices.document(
                        InvoiceStatus.DRAFT,
                        line("CONS", "1", "40.00", "0"),
                        line("MAT", "1", "0.35", "10"),
                        line("CERT", "1", "30.05", "21")));

        viewModel.lines().get(1).quantityProperty().set("3");
        viewModel.lines().get(2).quantityProperty().set("2");

        assertThat(viewModel.lines().get(1).baseProperty().get()).isEqualTo("1.05 €");
        assertThat(viewModel.lines().get(1).taxProperty().get()).isEqualTo("0.11 €");
        assertThat(viewModel.lines().get(2).totalProperty().get()).isEqualTo("72.72 €");
        assertThat(viewModel.previewProperty().get().base()).isEqualByComparingTo("101.15");
        assertThat(viewModel.previewProperty().get().tax()).isEqualByComparingTo("12.73");
        assertThat(viewModel.totalTextProperty().get()).isEqualTo("113.88 €");
        assertThat(viewModel.breakdown())
                .containsExactly(
                        "VAT 0 %: base 40.00 €, tax 0.00 €",
                        "VAT 10 %: base 1.05 €, tax 0.11 €", "VAT 21 %: base 60.10 €, tax 12.62 €");
    }

    @Test
    void previewRoundsEachLineAsTheServerDoes() {
        viewModel.show(
                Invoices.document(
                        InvoiceStatus.DRAFT,
                        line("A", "1", "0.35", "21"),
                        line("B", "1", "0.35", "21"),
                        line("C", "1", "0.35", "21")));

        assertThat(viewModel.previewProperty().get().tax()).isEqualByComparingTo("0.21");
        assertThat(viewModel.previewProperty().get())
                .isEqualTo(
                        Invoices.document(
                                        InvoiceStatus.DRAFT,
                                        line("A", "1", "0.35", "21"),
                                        line("B", "1", "0.35", "21"),
                                        line("C", "1", "0.35", "21"))
                                .invoice()
                                .totals());
    }

    @Test
    void decimalQuantityInTheUsersLanguageIsAccepted() {
        localization.switchTo(Localization.SPANISH);
        viewModel.show(Invoices.document(InvoiceStatus.DRAFT, line("H", "1", "10.00", "21")));

        viewModel.lines().get(0).quantityProperty().set("1,5");

        assertThat(viewModel.previewProperty().get().total()).isEqualByComparingTo("18.15");
        assertThat(viewModel.totalTextProperty().get()).isEqualTo("18,15 €");
    }

    @Test
    void wrongQuantityKeepsTheStoredLineAndBlocksIssuing() {
        viewModel.show(Invoices.document(InvoiceStatus.DRAFT, line("H", "2", "10.00", "21")));
        assertThat(viewModel.issuableProperty().get()).isTrue();

        viewModel.lines().get(0).quantityProperty().set("-1");

        assertThat(viewModel.lines().get(0).quantityValidProperty().get()).isFalse();
        assertThat(viewModel.previewProperty().get().total()).isEqualByComparingTo("24.20");
        assertThat(viewModel.issuableProperty().get()).isFalse();
    }

    @Test
    void issuedInvoiceCanBeVoidedAndExportedButNotEdited() {
        viewModel.show(Invoices.document(InvoiceStatus.ISSUED, line("H", "1", "10.00", "21")));

        assertThat(viewModel.editableProperty().get()).isFalse();
        assertThat(viewModel.issuableProperty().get()).isFalse();
        assertThat(viewModel.voidableProperty().get()).isTrue();
        assertThat(viewModel.exportableProperty().get()).isTrue();
        assertThat(viewModel.headingProperty().get())
                .startsWith("F-2026-000017 for María Núñez O'Neill");
    }

    @Test
    void draftCannotBeExported() {
        viewModel.show(Invoices.document(InvoiceStatus.DRAFT, line("H", "1", "10.00", "21")));

        assertThat(viewModel.exportableProperty().get()).isFalse();
        assertThat(viewModel.headingProperty().get()).isEqualTo("Draft for María Núñez O'Neill");
    }

    @Test
    void addingWithoutAServiceSaysWhatIsMissing() {
        viewModel.show(Invoices.document(InvoiceStatus.DRAFT));

        viewModel.addLine();

        assertThat(viewModel.messageProperty().get())
                .isEqualTo("Pick a service from the catalog first.");
        assertThat(viewModel.messageIsErrorProperty().get()).isTrue();
        assertThat(viewModel.previewProperty().get().total()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void languageSwitchRewritesTheTotals() {
        viewModel.show(Invoices.document(InvoiceStatus.DRAFT, line("H", "1", "1234.50", "0")));
        assertThat(viewModel.totalTextProperty().get()).isEqualTo("1,234.50 €");

        localization.switchTo(Localization.SPANISH);

        assertThat(viewModel.totalTextProperty().get()).isEqualTo("1.234,50 €");
        assertThat(viewModel.headingProperty().get())
                .isEqualTo("Borrador para María Núñez O'Neill");
    }

    @Test
    void patientWithoutAppointmentIsFoundPickedAndGetsADraft() {
        FakeInvoicing invoicing = new FakeInvoicing(patient(7, "Lucía", "Ortega"));
        BillingViewModel billing = withInvoicing(invoicing);

        billing.invoicePatientQueryProperty().set("  ortega ");
        billing.findPatientsToInvoice();

        assertThat(invoicing.queries).containsExactly("ortega");
        assertThat(billing.invoicePatients()).extracting(Patient::id).containsExactly(7L);
        assertThat(billing.invoicePatientProperty().get().id()).isEqualTo(7L);
        assertThat(billing.invoicePatientText(billing.invoicePatients().get(0)))
                .isEqualTo("Lucía Ortega · 12345678Z");

        billing.openForPatient();

        assertThat(invoicing.opened).containsExactly(7L);
        assertThat(billing.editableProperty().get()).isTrue();
        assertThat(billing.headingProperty().get()).startsWith("Draft");
        assertThat(billing.messageIsErrorProperty().get()).isFalse();
    }

    @Test
    void invoicingWithoutAppointmentAsksForAQueryAndThenForAPatient() {
        FakeInvoicing invoicing = new FakeInvoicing();
        BillingViewModel billing = withInvoicing(invoicing);

        billing.findPatientsToInvoice();
        assertThat(billing.messageProperty().get()).contains("Type part of the patient's name");
        billing.invoicePatientQueryProperty().set("nadie");
        billing.findPatientsToInvoice();
        assertThat(billing.messageProperty().get()).startsWith("No patient matches");
        billing.openForPatient();

        assertThat(billing.messageProperty().get())
                .isEqualTo("Choose the patient to invoice first.");
        assertThat(billing.messageIsErrorProperty().get()).isTrue();
        assertThat(invoicing.opened).isEmpty();
        assertThat(billing.currentProperty().get()).isEmpty();
    }

    @Test
    void wrongQuantitiesAreExplainedAsTyped() {
        viewModel.show(Invoices.document(InvoiceStatus.DRAFT, line("H", "1", "10.00", "21")));

        viewModel.newQuantityProperty().set("0");
        viewModel.lines().get(0).quantityProperty().set("-2");

        assertThat(viewModel.newQuantityErrorProperty().get())
                .isEqualTo("The quantity must be above zero, with at most three decimals.");
        assertThat(viewModel.lines().get(0).quantityErrorProperty().get())
                .isEqualTo("Line 1: the quantity must be above zero, with at most three decimals.");
        viewModel.newQuantityProperty().set("1.5");
        viewModel.lines().get(0).quantityProperty().set("3");
        assertThat(viewModel.newQuantityErrorProperty().get()).isEmpty();
        assertThat(viewModel.lines().get(0).quantityErrorProperty().get()).isEmpty();
    }

    private BillingViewModel withInvoicing(PatientInvoicing invoicing) {
        return new BillingViewModel(
                new ClinicServices(List::of),
                invoicing,
                Background.inline(localization),
                localization,
                Path.of("target", "invoices"));
    }

    private static Patient patient(long id, String given, String surname) {
        Instant at = Instant.parse("2026-03-02T10:15:00Z");
        PatientData data =
                PatientData.of(
                        NationalId.parse("12345678Z"),
                        PersonName.of(given, surname, null),
                        LocalDate.of(1980, 5, 17),
                        Sex.FEMALE,
                        null,
                        null);
        return new Patient(id, data, at, at);
    }

    /** Finds the patients it was given whatever the query, and opens a draft for anyone. */
    private static final class FakeInvoicing implements PatientInvoicing {

        private final List<Patient> patients;
        private final List<String> queries = new ArrayList<>();
        private final List<Long> opened = new ArrayList<>();

        FakeInvoicing(Patient... patients) {
            this.patients = List.of(patients);
        }

        @Override
        public List<Patient> find(String query, int limit) {
            queries.add(query);
            return patients;
        }

        @Override
        public InvoiceDocument openDraft(long patientId) {
            opened.add(patientId);
            return Invoices.document(InvoiceStatus.DRAFT);
        }
    }
}
