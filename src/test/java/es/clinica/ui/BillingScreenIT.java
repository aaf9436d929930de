package es.clinica.ui;

import static org.assertj.core.api.Assertions.assertThat;

import es.clinica.domain.CatalogItem;
import es.clinica.service.AppointmentEntry;
import es.clinica.service.ClinicServices;
import es.clinica.testsupport.TestClinic;
import es.clinica.ui.i18n.Localization;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A billing clerk invoices a completed consultation with two lines and exports its PDF. */
class BillingScreenIT {

    private static final long PATIENCE = 20;

    private final FxRobot robot = new FxRobot();
    private TestClinic clinic;
    private WorkstationApp app;

    @BeforeEach
    void openClinic() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        clinic = TestClinic.start();
    }

    @AfterEach
    void closeClinic() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        clinic.close();
    }

    @Test
    void billingClerkIssuesAnInvoiceWithTwoLinesAndExportsItsPdf() throws Exception {
        ScreenFlows flows = new ScreenFlows(clinic.services());
        flows.checkedInPatient("12345678Z", "Lucía", "Martín");
        flows.completedConsultation();
        flows.logIn("facturacion");
        open(clinic.services());

        robot.clickOn("#billingNavButton");
        waitFor(
                () ->
                        this.<ComboBox<AppointmentEntry>>node("#billingAppointmentCombo")
                                        .getItems()
                                        .size()
                                == 1);
        choose("#billingAppointmentCombo", 0);
        robot.clickOn("#openInvoiceButton");
        waitFor(() -> text("#invoiceHeadingLabel").startsWith("Borrador para Lucía Martín"));
        addLine(0, "2");
        addLine(1, "1");
        waitFor(() -> this.<TableView<?>>node("#linesTable").getItems().size() == 2);
        assertThat(text("#grandTotalLabel")).endsWith("€").isNotEqualTo("0,00 €");

        robot.push(KeyCode.CONTROL, KeyCode.I);
        waitFor(() -> text("#invoiceHeadingLabel").startsWith("F-"));
        String number = text("#invoiceHeadingLabel").split(" ")[0];
        assertThat(number).matches("F-\\d{4}-000001");
        assertThat(text("#billingMessageLabel")).isEqualTo("Factura " + number + " emitida.");

        Path folder = Path.of("target", "billing-it").toAbsolutePath();
        Path pdf = folder.resolve(number + ".pdf");
        Files.deleteIfExists(pdf);
        robot.interact(() -> this.<TextField>node("#exportFolderField").setText(folder.toString()));
        robot.clickOn("#exportPdfButton");
        waitFor(() -> Files.exists(pdf));

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains(number)
                    .contains("Lucía Martín");
        }
        waitFor(() -> this.<TableView<?>>node("#invoicesTable").getItems().size() == 1);
    }

    @Test
    void billingClerkInvoicesAPatientWithoutAppointmentFoundByNameUsingTheActionsMenu()
            throws Exception {
        ScreenFlows flows = new ScreenFlows(clinic.services());
        flows.registeredPatient("12345678Z", "Lucía", "Martín");
        flows.logIn("facturacion");
        open(clinic.services());

        robot.clickOn("#billingNavButton");
        robot.clickOn("#invoicePatientField").write("martin").push(KeyCode.ENTER);
        waitFor(() -> this.<ComboBox<?>>node("#invoicePatientCombo").getValue() != null);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N);
        waitFor(() -> text("#invoiceHeadingLabel").startsWith("Borrador para Lucía Martín"));
        waitFor(() -> !this.<ComboBox<?>>node("#billingServiceCombo").getItems().isEmpty());
        addLine(0, "1");
        robot.clickOn("#actionsMenu").clickOn("#issueInvoiceMenuItem");

        waitFor(() -> text("#invoiceHeadingLabel").startsWith("F-"));
        assertThat(text("#invoiceHeadingLabel").split(" ")[0]).matches("F-\\d{4}-000001");
        waitFor(() -> this.<TableView<?>>node("#invoicesTable").getItems().size() == 1);
    }

    private void addLine(int catalogIndex, String quantity) throws Exception {
        choose("#billingServiceCombo", catalogIndex);
        robot.doubleClickOn("#lineQuantityField").eraseText(3).write(quantity);
        int before = fx(() -> this.<TableView<?>>node("#linesTable").getItems().size());
        robot.clickOn("#addLineButton");
        waitFor(() -> this.<TableView<?>>node("#linesTable").getItems().size() == before + 1);
    }

    /** Picks a choice by its position, as a click in the drop-down would. */
    private void choose(String query, int index) {
        robot.interact(
                () -> this.<ComboBox<CatalogItem>>node(query).getSelectionModel().select(index));
    }

    private void open(ClinicServices services) throws TimeoutException {
        Backend backend =
                new Backend() {
                    @Override
                    public ClinicServices start(Consumer<String> progress) {
                        return services;
                    }

                    @Override
                    public void stop() {
                        // The test closes its clinic itself.
                    }
                };
        app =
                (WorkstationApp)
                        FxToolkit.setupApplication(
                                () ->
                                        new WorkstationApp(
                                                Localization.SPANISH,
                                                backend,
                                                Duration.ofSeconds(5),
                                                () -> {}));
        waitFor(() -> robot.lookup("#billingNavButton").tryQuery().isPresent());
    }

    @SuppressWarnings("unchecked")
    private <T> T node(String query) {
        return (T) robot.lookup(query).query();
    }

    private String text(String query) throws Exception {
        return fx(() -> ((Labeled) node(query)).getText());
    }

    private void waitFor(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(PATIENCE, TimeUnit.SECONDS, () -> fx(condition));
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
    }
}
