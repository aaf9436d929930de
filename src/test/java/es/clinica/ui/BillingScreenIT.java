package es.clinica.ui;

import static es.clinica.ui.WorkstationRobot.fx;
import static org.assertj.core.api.Assertions.assertThat;

import es.clinica.domain.CatalogItem;
import es.clinica.service.AppointmentEntry;
import es.clinica.testsupport.TestClinic;
import es.clinica.ui.i18n.Localization;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** A billing clerk invoices a completed consultation with two lines and exports its PDF. */
class BillingScreenIT {

    @RegisterExtension final TestClinic clinic = TestClinic.start();
    @RegisterExtension final WorkstationRobot window = new WorkstationRobot();
    private final FxRobot robot = window.robot();

    @Test
    void billingClerkIssuesAnInvoiceWithTwoLinesAndExportsItsPdf() throws Exception {
        ScreenFlows flows = new ScreenFlows(clinic.services());
        flows.checkedInPatient("12345678Z", "Lucía", "Martín");
        flows.completedConsultation();
        flows.logIn("facturacion");
        open();

        robot.clickOn("#billingNavButton");
        window.waitFor(
                () ->
                        this.<ComboBox<AppointmentEntry>>node("#billingAppointmentCombo")
                                        .getItems()
                                        .size()
                                == 1);
        choose("#billingAppointmentCombo", 0);
        robot.clickOn("#openInvoiceButton");
        window.waitFor(
                () -> window.text("#invoiceHeadingLabel").startsWith("Borrador para Lucía Martín"));
        addLine(0, "2");
        addLine(1, "1");
        window.waitFor(() -> this.<TableView<?>>node("#linesTable").getItems().size() == 2);
        assertThat(window.text("#grandTotalLabel")).endsWith("€").isNotEqualTo("0,00 €");

        robot.push(KeyCode.CONTROL, KeyCode.I);
        window.waitFor(() -> window.text("#invoiceHeadingLabel").startsWith("F-"));
        String number = window.text("#invoiceHeadingLabel").split(" ")[0];
        assertThat(number).matches("F-\\d{4}-000001");
        assertThat(window.text("#billingMessageLabel"))
                .isEqualTo("Factura " + number + " emitida.");

        Path folder = Path.of("target", "billing-it").toAbsolutePath();
        Path pdf = folder.resolve(number + ".pdf");
        Files.deleteIfExists(pdf);
        robot.interact(() -> this.<TextField>node("#exportFolderField").setText(folder.toString()));
        robot.clickOn("#exportPdfButton");
        window.waitFor(() -> Files.exists(pdf));

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains(number)
                    .contains("Lucía Martín");
        }
        window.waitFor(() -> this.<TableView<?>>node("#invoicesTable").getItems().size() == 1);
    }

    @Test
    void billingClerkInvoicesAPatientWithoutAppointmentFoundByNameUsingTheActionsMenu()
            throws Exception {
        ScreenFlows flows = new ScreenFlows(clinic.services());
        flows.registeredPatient("12345678Z", "Lucía", "Martín");
        flows.logIn("facturacion");
        open();

        robot.clickOn("#billingNavButton");
        robot.clickOn("#invoicePatientField").write("martin").push(KeyCode.ENTER);
        window.waitFor(() -> this.<ComboBox<?>>node("#invoicePatientCombo").getValue() != null);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N);
        window.waitFor(
                () -> window.text("#invoiceHeadingLabel").startsWith("Borrador para Lucía Martín"));
        window.waitFor(() -> !this.<ComboBox<?>>node("#billingServiceCombo").getItems().isEmpty());
        addLine(0, "1");
        robot.clickOn("#actionsMenu").clickOn("#issueInvoiceMenuItem");

        window.waitFor(() -> window.text("#invoiceHeadingLabel").startsWith("F-"));
        assertThat(window.text("#invoiceHeadingLabel").split(" ")[0]).matches("F-\\d{4}-000001");
        window.waitFor(() -> this.<TableView<?>>node("#invoicesTable").getItems().size() == 1);
    }

    private void addLine(int catalogIndex, String quantity) throws Exception {
        choose("#billingServiceCombo", catalogIndex);
        robot.doubleClickOn("#lineQuantityField").eraseText(3).write(quantity);
        int before = fx(() -> this.<TableView<?>>node("#linesTable").getItems().size());
        robot.clickOn("#addLineButton");
        window.waitFor(
                () -> this.<TableView<?>>node("#linesTable").getItems().size() == before + 1);
    }

    /** Picks a choice by its position, as a click in the drop-down would. */
    private void choose(String query, int index) {
        robot.interact(
                () -> this.<ComboBox<CatalogItem>>node(query).getSelectionModel().select(index));
    }

    private void open() throws TimeoutException {
        window.open(clinic, Localization.SPANISH);
        window.awaitNode("#billingNavButton");
    }

    @SuppressWarnings("unchecked")
    private <T> T node(String query) {
        return (T) robot.lookup(query).query();
    }
}
