package es.clinica.ui.billing;

import es.clinica.domain.CatalogItem;
import es.clinica.domain.InvoiceStatus;
import es.clinica.domain.Patient;
import es.clinica.service.AppointmentEntry;
import es.clinica.ui.fx.FieldErrorDecoration;
import es.clinica.ui.fx.ScreenCommand;
import java.io.File;
import java.text.MessageFormat;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.fxml.FXML;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The billing screen: binds the view model and forwards each action to it. */
public final class BillingView {

    private static final KeyCombination ISSUE = KeyCombination.keyCombination("Shortcut+I");
    private static final KeyCombination OPEN = KeyCombination.keyCombination("Shortcut+N");
    private static final KeyCombination OPEN_FOR_PATIENT =
            KeyCombination.keyCombination("Shortcut+Shift+N");
    private static final KeyCombination EXPORT = KeyCombination.keyCombination("Shortcut+E");
    private static final KeyCombination PRINT = KeyCombination.keyCombination("Shortcut+P");
    private static final KeyCombination REFRESH = KeyCombination.keyCombination("F5");

    private final BillingViewModel viewModel;
    private final FieldErrorDecoration decorations = new FieldErrorDecoration();
    private final ChangeListener<String> newQuantityError =
            (o, old, now) -> showNewQuantityError(now);

    @FXML private ResourceBundle resources;
    @FXML private VBox billingScreenPane;
    @FXML private TabPane billingTabPane;
    @FXML private Tab billingListTab;
    @FXML private ComboBox<AppointmentEntry> billingAppointmentCombo;
    @FXML private Button openInvoiceButton;
    @FXML private Button billingRefreshButton;
    @FXML private TextField invoicePatientField;
    @FXML private SearchableComboBox<Patient> invoicePatientCombo;
    @FXML private Button openPatientInvoiceButton;
    @FXML private Label invoiceHeadingLabel;
    @FXML private SearchableComboBox<CatalogItem> billingServiceCombo;
    @FXML private TextField lineQuantityField;
    @FXML private Button addLineButton;
    @FXML private TableView<LineRow> linesTable;
    @FXML private TableColumn<LineRow, String> lineDescriptionColumn;
    @FXML private TableColumn<LineRow, LineRow> lineQuantityColumn;
    @FXML private TableColumn<LineRow, String> lineUnitPriceColumn;
    @FXML private TableColumn<LineRow, String> lineRateColumn;
    @FXML private TableColumn<LineRow, String> lineBaseColumn;
    @FXML private TableColumn<LineRow, String> lineTaxColumn;
    @FXML private TableColumn<LineRow, String> lineTotalColumn;
    @FXML private TableColumn<LineRow, LineRow> lineRemoveColumn;
    @FXML private ListView<String> breakdownList;
    @FXML private Label baseTotalLabel;
    @FXML private Label taxTotalLabel;
    @FXML private Label grandTotalLabel;
    @FXML private Button issueButton;
    @FXML private Button voidButton;
    @FXML private Button exportPdfButton;
    @FXML private Button printButton;
    @FXML private TextField exportFolderField;
    @FXML private Label billingMessageLabel;
    @FXML private TextField invoicePatientSearchField;
    @FXML private ComboBox<Optional<Patient>> invoicePatientFilterCombo;
    @FXML private ComboBox<Optional<InvoiceStatus>> invoiceStatusFilterCombo;
    @FXML private DatePicker invoiceFromDatePicker;
    @FXML private DatePicker invoiceToDatePicker;
    @FXML private TableView<InvoiceRow> invoicesTable;
    @FXML private TableColumn<InvoiceRow, String> invoiceNumberColumn;
    @FXML private TableColumn<InvoiceRow, String> invoiceDateColumn;
    @FXML private TableColumn<InvoiceRow, String> invoicePatientColumn;
    @FXML private TableColumn<InvoiceRow, String> invoiceKindColumn;
    @FXML private TableColumn<InvoiceRow, String> invoiceStatusColumn;
    @FXML private TableColumn<InvoiceRow, String> invoiceTotalColumn;

    public BillingView(BillingViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        bindEditor();
        bindLines();
        bindActions();
        bindList();
        offerCommands();
        viewModel.refresh();
    }

    private void bindEditor() {
        billingAppointmentCombo.setItems(viewModel.completedAppointments());
        billingAppointmentCombo.setConverter(converter(viewModel::appointmentText));
        billingAppointmentCombo
                .valueProperty()
                .bindBidirectional(viewModel.chosenAppointmentProperty());
        invoicePatientField
                .textProperty()
                .bindBidirectional(viewModel.invoicePatientQueryProperty());
        invoicePatientCombo.setItems(viewModel.invoicePatients());
        invoicePatientCombo.setConverter(converter(viewModel::invoicePatientText));
        invoicePatientCombo.valueProperty().bindBidirectional(viewModel.invoicePatientProperty());
        openPatientInvoiceButton
                .disableProperty()
                .bind(viewModel.invoicePatientProperty().isNull().or(viewModel.busyProperty()));
        billingServiceCombo.setItems(viewModel.catalog());
        billingServiceCombo.setConverter(converter(viewModel::serviceText));
        billingServiceCombo.valueProperty().bindBidirectional(viewModel.chosenServiceProperty());
        lineQuantityField.textProperty().bindBidirectional(viewModel.newQuantityProperty());
        viewModel
                .newQuantityErrorProperty()
                .addListener(new WeakChangeListener<>(newQuantityError));
        showNewQuantityError(viewModel.newQuantityErrorProperty().get());
        invoiceHeadingLabel.textProperty().bind(viewModel.headingProperty());
        breakdownList.setItems(viewModel.breakdown());
        baseTotalLabel.textProperty().bind(viewModel.baseTextProperty());
        taxTotalLabel.textProperty().bind(viewModel.taxTextProperty());
        grandTotalLabel.textProperty().bind(viewModel.totalTextProperty());
        billingServiceCombo.disableProperty().bind(viewModel.editableProperty().not());
        lineQuantityField.disableProperty().bind(viewModel.editableProperty().not());
        addLineButton
                .disableProperty()
                .bind(viewModel.editableProperty().not().or(viewModel.busyProperty()));
        openInvoiceButton.disableProperty().bind(viewModel.busyProperty());
    }

    private void showNewQuantityError(String error) {
        decorations.show(lineQuantityField, error);
    }

    private void bindLines() {
        linesTable.setItems(viewModel.lines());
        lineDescriptionColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(c.getValue().description()));
        text(lineUnitPriceColumn, LineRow::unitPriceProperty);
        text(lineRateColumn, LineRow::rateProperty);
        text(lineBaseColumn, LineRow::baseProperty);
        text(lineTaxColumn, LineRow::taxProperty);
        text(lineTotalColumn, LineRow::totalProperty);
        lineQuantityColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        lineQuantityColumn.setCellFactory(column -> new QuantityCell());
        lineRemoveColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        lineRemoveColumn.setCellFactory(column -> new RemoveCell());
    }

    private void bindActions() {
        issueButton
                .disableProperty()
                .bind(viewModel.issuableProperty().not().or(viewModel.busyProperty()));
        voidButton
                .disableProperty()
                .bind(viewModel.voidableProperty().not().or(viewModel.busyProperty()));
        exportPdfButton
                .disableProperty()
                .bind(viewModel.exportableProperty().not().or(viewModel.busyProperty()));
        printButton.disableProperty().bind(viewModel.exportableProperty().not());
        exportFolderField.textProperty().bindBidirectional(viewModel.exportFolderProperty());
        billingMessageLabel.textProperty().bind(viewModel.messageProperty());
        viewModel.messageIsErrorProperty().addListener((o, old, now) -> styleMessage(now));
        styleMessage(viewModel.messageIsErrorProperty().get());
    }

    private void bindList() {
        invoicePatientSearchField
                .textProperty()
                .bindBidirectional(viewModel.patientQueryProperty());
        invoicePatientFilterCombo.setItems(viewModel.patientChoices());
        invoicePatientFilterCombo.setConverter(converter(viewModel::patientText));
        invoicePatientFilterCombo
                .valueProperty()
                .bindBidirectional(viewModel.patientFilterProperty());
        invoiceStatusFilterCombo.getItems().setAll(BillingViewModel.STATUS_CHOICES);
        invoiceStatusFilterCombo.setConverter(converter(viewModel::statusText));
        invoiceStatusFilterCombo
                .valueProperty()
                .bindBidirectional(viewModel.statusFilterProperty());
        invoiceFromDatePicker.valueProperty().bindBidirectional(viewModel.fromFilterProperty());
        invoiceToDatePicker.valueProperty().bindBidirectional(viewModel.toFilterProperty());
        invoicesTable.setItems(viewModel.invoices());
        listed(invoiceNumberColumn, InvoiceRow::number);
        listed(invoiceDateColumn, InvoiceRow::date);
        listed(invoicePatientColumn, InvoiceRow::patient);
        listed(invoiceKindColumn, InvoiceRow::kind);
        listed(invoiceStatusColumn, InvoiceRow::status);
        listed(invoiceTotalColumn, InvoiceRow::total);
        invoicesTable.setOnMouseClicked(
                e -> {
                    if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                        openListed();
                    }
                });
        billingTabPane.getSelectionModel().select(viewModel.showingListProperty().get() ? 1 : 0);
        billingListTab
                .selectedProperty()
                .addListener((o, old, now) -> viewModel.showingListProperty().set(now));
        viewModel
                .showingListProperty()
                .addListener(
                        (o, old, now) -> billingTabPane.getSelectionModel().select(now ? 1 : 0));
    }

    private void offerCommands() {
        ScreenCommand.offer(
                billingScreenPane,
                List.of(
                        ScreenCommand.of(
                                "openInvoiceMenuItem",
                                resources.getString("billing.appointment.open"),
                                OPEN,
                                openInvoiceButton),
                        ScreenCommand.of(
                                "openPatientInvoiceMenuItem",
                                resources.getString("menu.actions.invoicePatient"),
                                OPEN_FOR_PATIENT,
                                openPatientInvoiceButton),
                        ScreenCommand.of(
                                "issueInvoiceMenuItem",
                                resources.getString("menu.actions.issueInvoice"),
                                ISSUE,
                                issueButton),
                        ScreenCommand.of(
                                "exportInvoiceMenuItem",
                                resources.getString("billing.export"),
                                EXPORT,
                                exportPdfButton),
                        ScreenCommand.of(
                                "printInvoiceMenuItem",
                                resources.getString("menu.actions.printInvoice"),
                                PRINT,
                                printButton),
                        ScreenCommand.of(
                                "refreshBillingMenuItem",
                                resources.getString("menu.actions.refreshBilling"),
                                REFRESH,
                                billingRefreshButton)));
    }

    private void styleMessage(boolean error) {
        billingMessageLabel.getStyleClass().remove("error");
        if (error) {
            billingMessageLabel.getStyleClass().add("error");
        }
    }

    @FXML
    private void refresh() {
        viewModel.refresh();
    }

    @FXML
    private void findPatientsToInvoice() {
        viewModel.findPatientsToInvoice();
    }

    @FXML
    private void openForPatient() {
        viewModel.openForPatient();
    }

    @FXML
    private void openForAppointment() {
        viewModel.openForAppointment();
    }

    @FXML
    private void closeInvoice() {
        viewModel.closeInvoice();
    }

    @FXML
    private void addLine() {
        viewModel.addLine();
    }

    @FXML
    private void issue() {
        viewModel.issue();
    }

    @FXML
    private void voidInvoice() {
        String number = viewModel.currentProperty().get().flatMap(d -> d.number()).orElse("");
        Alert confirm =
                new Alert(
                        Alert.AlertType.CONFIRMATION,
                        MessageFormat.format(
                                resources.getString("billing.void.confirm.text"), number),
                        ButtonType.OK,
                        ButtonType.CANCEL);
        confirm.setTitle(resources.getString("billing.void.confirm.title"));
        confirm.setHeaderText(null);
        confirm.initOwner(billingScreenPane.getScene().getWindow());
        confirm.showAndWait()
                .filter(ButtonType.OK::equals)
                .ifPresent(ok -> viewModel.voidCurrent());
    }

    @FXML
    private void exportPdf() {
        viewModel.exportPdf();
    }

    @FXML
    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        File current = new File(exportFolderField.getText());
        if (current.isDirectory()) {
            chooser.setInitialDirectory(current);
        }
        File chosen = chooser.showDialog(billingScreenPane.getScene().getWindow());
        if (chosen != null) {
            viewModel.exportFolderProperty().set(chosen.getPath());
        }
    }

    @FXML
    private void print() {
        if (!viewModel.exportableProperty().get()) {
            return;
        }
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            viewModel.printed(false, false);
            return;
        }
        boolean done = job.printPage(printout()) && job.endJob();
        viewModel.printed(done, true);
    }

    private Node printout() {
        VBox page = new VBox(2);
        page.getStyleClass().add("invoice-printout");
        viewModel.printout().forEach(line -> page.getChildren().add(new Label(line)));
        return page;
    }

    @FXML
    private void searchPatients() {
        viewModel.searchPatients();
    }

    @FXML
    private void searchInvoices() {
        viewModel.search();
    }

    @FXML
    private void clearFilters() {
        viewModel.clearFilters();
    }

    @FXML
    private void openListed() {
        InvoiceRow row = invoicesTable.getSelectionModel().getSelectedItem();
        if (row != null) {
            viewModel.open(row);
        }
    }

    private static void text(
            TableColumn<LineRow, String> column, Function<LineRow, ReadOnlyStringProperty> value) {
        column.setCellValueFactory(c -> value.apply(c.getValue()));
    }

    private static void listed(
            TableColumn<InvoiceRow, String> column, Function<InvoiceRow, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String typed) {
                return null;
            }
        };
    }

    /**
     * A quantity typed in place: the totals follow each key; Enter or leaving the cell stores it.
     */
    private final class QuantityCell extends TableCell<LineRow, LineRow> {

        private final TextField field = new TextField();
        private final ChangeListener<String> validity = (o, old, now) -> styleValidity(now);
        private LineRow bound;

        QuantityCell() {
            field.setPrefColumnCount(5);
            field.setOnAction(e -> commit());
            field.focusedProperty()
                    .addListener(
                            (o, old, now) -> {
                                if (!now) {
                                    commit();
                                }
                            });
            field.editableProperty().bind(viewModel.editableProperty());
        }

        private void styleValidity(String error) {
            field.getStyleClass().remove("quantity-invalid");
            if (!error.isEmpty()) {
                field.getStyleClass().add("quantity-invalid");
            }
            decorations.show(field, error);
        }

        private void commit() {
            if (bound != null) {
                viewModel.commitQuantity(bound);
            }
        }

        @Override
        protected void updateItem(LineRow row, boolean empty) {
            super.updateItem(row, empty);
            if (bound != null) {
                field.textProperty().unbindBidirectional(bound.quantityProperty());
                bound.quantityErrorProperty().removeListener(validity);
            }
            bound = empty ? null : row;
            if (bound == null) {
                decorations.show(field, "");
                setGraphic(null);
                return;
            }
            field.setId("lineQuantityCellField" + row.stored().lineNo());
            field.textProperty().bindBidirectional(bound.quantityProperty());
            bound.quantityErrorProperty().addListener(validity);
            styleValidity(bound.quantityErrorProperty().get());
            setGraphic(field);
        }
    }

    /** A button that removes its line from the draft. */
    private final class RemoveCell extends TableCell<LineRow, LineRow> {

        private final Button button = new Button(null, new FontIcon("mdi2d-delete-outline"));

        RemoveCell() {
            button.getStyleClass().add("flat");
            button.setTooltip(new Tooltip(resources.getString("billing.line.remove.tooltip")));
            button.disableProperty().bind(viewModel.editableProperty().not());
            button.setOnAction(
                    e -> {
                        if (getItem() != null) {
                            viewModel.removeLine(getItem());
                        }
                    });
        }

        @Override
        protected void updateItem(LineRow row, boolean empty) {
            super.updateItem(row, empty);
            setGraphic(empty ? null : button);
        }
    }
}
