package es.clinica.ui.billing;

import es.clinica.domain.AppointmentStatus;
import es.clinica.domain.CatalogItem;
import es.clinica.domain.Invoice;
import es.clinica.domain.InvoiceKind;
import es.clinica.domain.InvoiceLine;
import es.clinica.domain.InvoiceLineRequest;
import es.clinica.domain.InvoiceStatus;
import es.clinica.domain.InvoiceTotals;
import es.clinica.domain.Money;
import es.clinica.domain.NationalId;
import es.clinica.domain.Patient;
import es.clinica.domain.RuleViolation;
import es.clinica.service.AppointmentEntry;
import es.clinica.service.ClinicServices;
import es.clinica.service.ConflictException;
import es.clinica.service.InvoiceDocument;
import es.clinica.service.InvoiceFilter;
import es.clinica.ui.fx.Background;
import es.clinica.ui.fx.Failure;
import es.clinica.ui.i18n.Localization;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The billing screen's state and commands: open the draft of a completed appointment (or of a
 * patient picked by a search, without appointment), add lines from the catalog, change quantities
 * with the totals previewed as they are typed (by the domain's one money rule, so the preview is
 * what the server stores), issue, void with a credit note, export to PDF, and list invoices by
 * patient, status and dates.
 */
public final class BillingViewModel {

    /** The statuses the list can be filtered by; empty means any. */
    public static final List<Optional<InvoiceStatus>> STATUS_CHOICES =
            List.of(
                    Optional.empty(),
                    Optional.of(InvoiceStatus.DRAFT),
                    Optional.of(InvoiceStatus.ISSUED),
                    Optional.of(InvoiceStatus.VOIDED));

    private static final int PATIENT_MATCHES = 20;

    private final ClinicServices services;
    private final PatientInvoicing patientInvoicing;
    private final Background background;
    private final Localization localization;

    private final ObservableList<AppointmentEntry> completedAppointments =
            FXCollections.observableArrayList();
    private final ObjectProperty<AppointmentEntry> chosenAppointment =
            new SimpleObjectProperty<>(this, "chosenAppointment");
    private final StringProperty invoicePatientQuery =
            new SimpleStringProperty(this, "invoicePatientQuery", "");
    private final ObservableList<Patient> invoicePatients = FXCollections.observableArrayList();
    private final ObjectProperty<Patient> invoicePatient =
            new SimpleObjectProperty<>(this, "invoicePatient");
    private final ObservableList<CatalogItem> catalog = FXCollections.observableArrayList();
    private final ObjectProperty<CatalogItem> chosenService =
            new SimpleObjectProperty<>(this, "chosenService");
    private final StringProperty newQuantity = new SimpleStringProperty(this, "newQuantity", "1");
    private final ReadOnlyStringWrapper newQuantityError =
            new ReadOnlyStringWrapper(this, "newQuantityError", "");

    private final ReadOnlyObjectWrapper<Optional<InvoiceDocument>> current =
            new ReadOnlyObjectWrapper<>(this, "current", Optional.empty());
    private final ObservableList<LineRow> lines = FXCollections.observableArrayList();
    private final ObservableList<String> breakdown = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<InvoiceTotals> preview =
            new ReadOnlyObjectWrapper<>(this, "preview", InvoiceTotals.EMPTY);
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading");
    private final ReadOnlyStringWrapper baseText = new ReadOnlyStringWrapper(this, "baseText");
    private final ReadOnlyStringWrapper taxText = new ReadOnlyStringWrapper(this, "taxText");
    private final ReadOnlyStringWrapper totalText = new ReadOnlyStringWrapper(this, "totalText");
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(this, "editable");
    private final ReadOnlyBooleanWrapper issuable = new ReadOnlyBooleanWrapper(this, "issuable");
    private final ReadOnlyBooleanWrapper voidable = new ReadOnlyBooleanWrapper(this, "voidable");
    private final ReadOnlyBooleanWrapper exportable =
            new ReadOnlyBooleanWrapper(this, "exportable");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper messageIsError =
            new ReadOnlyBooleanWrapper(this, "messageIsError");
    private final StringProperty exportFolder;
    private final ReadOnlyObjectWrapper<Optional<Path>> lastExport =
            new ReadOnlyObjectWrapper<>(this, "lastExport", Optional.empty());

    private final ObservableList<InvoiceRow> invoices = FXCollections.observableArrayList();
    private final StringProperty patientQuery = new SimpleStringProperty(this, "patientQuery", "");
    private final ObservableList<Optional<Patient>> patientChoices =
            FXCollections.observableArrayList(List.of(Optional.empty()));
    private final ObjectProperty<Optional<Patient>> patientFilter =
            new SimpleObjectProperty<>(this, "patientFilter", Optional.empty());
    private final ObjectProperty<Optional<InvoiceStatus>> statusFilter =
            new SimpleObjectProperty<>(this, "statusFilter", Optional.empty());
    private final ObjectProperty<LocalDate> fromFilter =
            new SimpleObjectProperty<>(this, "fromFilter");
    private final ObjectProperty<LocalDate> toFilter = new SimpleObjectProperty<>(this, "toFilter");
    private final BooleanProperty showingList = new SimpleBooleanProperty(this, "showingList");

    /**
     * @param exportFolder where PDF files go until the user picks another folder
     */
    public BillingViewModel(
            ClinicServices services,
            Background background,
            Localization localization,
            Path exportFolder) {
        this(services, PatientInvoicing.over(services), background, localization, exportFolder);
    }

    /** With its own answers to invoicing a patient without appointment, for tests. */
    BillingViewModel(
            ClinicServices services,
            PatientInvoicing patientInvoicing,
            Background background,
            Localization localization,
            Path exportFolder) {
        this.services = services;
        this.patientInvoicing = patientInvoicing;
        this.background = background;
        this.localization = localization;
        this.exportFolder = new SimpleStringProperty(this, "exportFolder", exportFolder.toString());
        localization.messagesProperty().addListener((o, old, now) -> renderAll());
        newQuantity.addListener((o, old, now) -> renderNewQuantityError());
        renderAll();
    }

    // --- state for the view

    public ObservableList<AppointmentEntry> completedAppointments() {
        return completedAppointments;
    }

    public ObjectProperty<AppointmentEntry> chosenAppointmentProperty() {
        return chosenAppointment;
    }

    /** What is typed to find a patient to invoice without an appointment. */
    public StringProperty invoicePatientQueryProperty() {
        return invoicePatientQuery;
    }

    /** The patients found by the last search, to pick the one to invoice. */
    public ObservableList<Patient> invoicePatients() {
        return invoicePatients;
    }

    public ObjectProperty<Patient> invoicePatientProperty() {
        return invoicePatient;
    }

    public ObservableList<CatalogItem> catalog() {
        return catalog;
    }

    public ObjectProperty<CatalogItem> chosenServiceProperty() {
        return chosenService;
    }

    /** The quantity of the next line to add, as typed. */
    public StringProperty newQuantityProperty() {
        return newQuantity;
    }

    /** What is wrong with the typed quantity of the next line, as typed; empty when nothing. */
    public ReadOnlyStringProperty newQuantityErrorProperty() {
        return newQuantityError.getReadOnlyProperty();
    }

    /** The invoice on screen. */
    public ReadOnlyObjectProperty<Optional<InvoiceDocument>> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ObservableList<LineRow> lines() {
        return lines;
    }

    /** One sentence per tax rate: its base and tax as previewed. */
    public ObservableList<String> breakdown() {
        return breakdown;
    }

    /** The totals of the lines as typed, by the domain's money rule. */
    public ReadOnlyObjectProperty<InvoiceTotals> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty baseTextProperty() {
        return baseText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty taxTextProperty() {
        return taxText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty totalTextProperty() {
        return totalText.getReadOnlyProperty();
    }

    /** Whether the invoice on screen is a draft that can take lines. */
    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty issuableProperty() {
        return issuable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty voidableProperty() {
        return voidable.getReadOnlyProperty();
    }

    /** Whether the invoice on screen has a number, so it can be exported or printed. */
    public ReadOnlyBooleanProperty exportableProperty() {
        return exportable.getReadOnlyProperty();
    }

    /** Whether a command is running; the view disables the commands meanwhile. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    public StringProperty exportFolderProperty() {
        return exportFolder;
    }

    /** The last PDF written. */
    public ReadOnlyObjectProperty<Optional<Path>> lastExportProperty() {
        return lastExport.getReadOnlyProperty();
    }

    public ObservableList<InvoiceRow> invoices() {
        return invoices;
    }

    public StringProperty patientQueryProperty() {
        return patientQuery;
    }

    /** Patients found by the last patient search; the first choice is "any patient". */
    public ObservableList<Optional<Patient>> patientChoices() {
        return patientChoices;
    }

    public ObjectProperty<Optional<Patient>> patientFilterProperty() {
        return patientFilter;
    }

    public ObjectProperty<Optional<InvoiceStatus>> statusFilterProperty() {
        return statusFilter;
    }

    /** First day of the list (may hold null: no lower bound). */
    public ObjectProperty<LocalDate> fromFilterProperty() {
        return fromFilter;
    }

    /** Last day of the list (may hold null: no upper bound). */
    public ObjectProperty<LocalDate> toFilterProperty() {
        return toFilter;
    }

    /** Whether the list tab is in front, so a language switch keeps it there. */
    public BooleanProperty showingListProperty() {
        return showingList;
    }

    // --- texts for the view's cells

    public String appointmentText(AppointmentEntry entry) {
        return localization.get(
                "billing.appointment.choice",
                entry.patientName(),
                entry.doctorName(),
                String.valueOf(entry.appointment().id()));
    }

    public String invoicePatientText(Patient patient) {
        return localization.get(
                "billing.patient.choice",
                patient.data().name().display(),
                patient.data()
                        .nationalId()
                        .map(NationalId::value)
                        .orElseGet(() -> localization.get("reception.patient.noNationalId")));
    }

    public String serviceText(CatalogItem item) {
        MoneyText text = text();
        return localization.get(
                "billing.service.choice",
                item.code(),
                item.name(),
                text.number(item.price()),
                text.number(item.taxRate()));
    }

    public String patientText(Optional<Patient> patient) {
        return patient.map(p -> p.data().name().display())
                .orElseGet(() -> localization.get("billing.filter.patient.choice"));
    }

    public String statusText(Optional<InvoiceStatus> status) {
        return status.map(
                        s ->
                                localization.get(
                                        "billing.status." + s.name().toLowerCase(Locale.ROOT)))
                .orElseGet(() -> localization.get("billing.filter.status.all"));
    }

    // --- commands

    /** Loads today's completed appointments, the catalog and the invoice list. */
    public void refresh() {
        if (services.billing() == null) {
            return;
        }
        call(() -> new Choices(completedToday(), services.catalog().active()), this::showChoices);
        search();
    }

    private List<AppointmentEntry> completedToday() {
        return services.appointments().todaysList().stream()
                .filter(e -> e.appointment().status() == AppointmentStatus.COMPLETED)
                .toList();
    }

    private void showChoices(Choices choices) {
        AppointmentEntry chosen = chosenAppointment.get();
        completedAppointments.setAll(choices.appointments());
        catalog.setAll(choices.catalog());
        if (chosen != null) {
            chosenAppointment.set(
                    choices.appointments().stream()
                            .filter(e -> e.appointment().id() == chosen.appointment().id())
                            .findFirst()
                            .orElse(null));
        }
        if (choices.appointments().isEmpty()) {
            inform(localization.get("billing.message.noCompleted"));
        }
    }

    /** Opens the draft of the chosen appointment, or the invoice it already has. */
    public void openForAppointment() {
        AppointmentEntry entry = chosenAppointment.get();
        if (entry == null) {
            complain(localization.get("billing.message.chooseAppointment"));
            return;
        }
        long id = entry.appointment().id();
        call(
                () -> describe(draftOrExisting(id, entry.appointment().patientId())),
                doc -> {
                    show(doc);
                    inform(localization.get("billing.message.draftOpened", doc.patientName()));
                });
    }

    /** Finds patients by the typed text, to invoice one without an appointment. */
    public void findPatientsToInvoice() {
        String query = invoicePatientQuery.get().strip();
        if (query.isEmpty()) {
            complain(localization.get("billing.patient.typeQuery"));
            return;
        }
        call(
                () -> patientInvoicing.find(query, PATIENT_MATCHES),
                found -> {
                    invoicePatients.setAll(found);
                    invoicePatient.set(found.size() == 1 ? found.get(0) : null);
                    if (found.isEmpty()) {
                        complain(localization.get("billing.patient.none"));
                    } else {
                        inform(localization.get("billing.patient.found", found.size()));
                    }
                });
    }

    /** Opens a new draft for the chosen patient, without an appointment. */
    public void openForPatient() {
        Patient patient = invoicePatient.get();
        if (patient == null) {
            complain(localization.get("billing.patient.choose"));
            return;
        }
        call(
                () -> patientInvoicing.openDraft(patient.id()),
                doc -> {
                    show(doc);
                    inform(localization.get("billing.message.draftOpened", doc.patientName()));
                });
    }

    private Invoice draftOrExisting(long appointmentId, long patientId) {
        try {
            return services.billing().createFromAppointment(appointmentId);
        } catch (ConflictException e) {
            if (!"invoice.appointment.duplicate".equals(e.messageKey())) {
                throw e;
            }
            return services.billing().list(InvoiceFilter.ALL.withPatient(patientId)).stream()
                    .filter(i -> i.kind() == InvoiceKind.INVOICE)
                    .filter(i -> i.appointmentId().equals(Optional.of(appointmentId)))
                    .findFirst()
                    .orElseThrow(() -> e);
        }
    }

    /** Adds the chosen catalog service with the typed quantity. */
    public void addLine() {
        CatalogItem item = chosenService.get();
        if (item == null) {
            complain(localization.get("billing.message.chooseService"));
            return;
        }
        Optional<BigDecimal> quantity = validQuantity(newQuantity.get());
        if (quantity.isEmpty()) {
            complain(localization.get("money.quantity.invalid"));
            return;
        }
        long id = currentId();
        call(
                () -> describe(services.billing().addLine(id, item.code(), quantity.get())),
                doc -> {
                    show(doc);
                    newQuantity.set("1");
                    clearMessage();
                });
    }

    /** Stores a line's typed quantity; nothing happens when it did not change. */
    public void commitQuantity(LineRow row) {
        Optional<BigDecimal> quantity = validQuantity(row.quantityProperty().get());
        if (quantity.isEmpty()) {
            complain(localization.get("billing.quantity.invalid", row.stored().lineNo()));
            return;
        }
        if (quantity.get().compareTo(row.stored().quantity()) == 0 || !editable.get()) {
            return;
        }
        long id = currentId();
        int lineNo = row.stored().lineNo();
        call(
                () -> describe(services.billing().changeQuantity(id, lineNo, quantity.get())),
                this::show);
    }

    public void removeLine(LineRow row) {
        long id = currentId();
        int lineNo = row.stored().lineNo();
        call(() -> describe(services.billing().removeLine(id, lineNo)), this::show);
    }

    /** Issues the draft on screen (Ctrl+I). */
    public void issue() {
        if (!issuable.get()) {
            return;
        }
        long id = currentId();
        call(
                () -> describe(services.billing().issue(id)),
                doc -> {
                    show(doc);
                    inform(localization.get("billing.message.issued", numberOf(doc)));
                    search();
                });
    }

    /** Voids the issued invoice on screen; its credit note takes its place on screen. */
    public void voidCurrent() {
        if (!voidable.get()) {
            return;
        }
        long id = currentId();
        String voided = current.get().map(BillingViewModel::numberOf).orElse("");
        call(
                () -> describe(services.billing().voidInvoice(id)),
                credit -> {
                    show(credit);
                    inform(localization.get("billing.message.voided", voided, numberOf(credit)));
                    search();
                });
    }

    /** Writes the invoice on screen as {@code <number>.pdf} in the export folder. */
    public void exportPdf() {
        if (!exportable.get()) {
            return;
        }
        long id = currentId();
        Path target =
                Path.of(exportFolder.get().strip()).resolve(numberOf(current.get().get()) + ".pdf");
        Locale locale = localization.locale();
        call(
                () -> services.invoiceDocuments().exportPdf(id, locale, target),
                doc -> {
                    lastExport.set(Optional.of(target));
                    inform(localization.get("billing.message.exported", target.toString()));
                });
    }

    /** Closes the invoice on screen. */
    public void closeInvoice() {
        current.set(Optional.empty());
        lines.clear();
        renderAll();
    }

    /** Lists the invoices matching the filters. */
    public void search() {
        InvoiceFilter filter = filter();
        call(
                () -> services.billing().list(filter).stream().map(this::describe).toList(),
                found -> invoices.setAll(found.stream().map(this::row).toList()));
    }

    private InvoiceFilter filter() {
        InvoiceFilter filter =
                new InvoiceFilter(
                        patientFilter.get().map(Patient::id),
                        statusFilter.get(),
                        Optional.ofNullable(fromFilter.get()),
                        Optional.ofNullable(toFilter.get()));
        return filter;
    }

    /** Finds patients by the typed text, for the patient filter. */
    public void searchPatients() {
        String query = patientQuery.get();
        call(
                () -> services.patients().search(query, PATIENT_MATCHES),
                found -> {
                    List<Optional<Patient>> choices = new ArrayList<>();
                    choices.add(Optional.empty());
                    found.forEach(p -> choices.add(Optional.of(p)));
                    patientChoices.setAll(choices);
                    patientFilter.set(found.size() == 1 ? choices.get(1) : Optional.empty());
                    search();
                });
    }

    public void clearFilters() {
        patientQuery.set("");
        patientChoices.setAll(List.of(Optional.empty()));
        patientFilter.set(Optional.empty());
        statusFilter.set(Optional.empty());
        fromFilter.set(null);
        toFilter.set(null);
        search();
    }

    /** Brings an invoice of the list onto the editor. */
    public void open(InvoiceRow row) {
        show(row.document());
        showingList.set(false);
        clearMessage();
    }

    /** Tells the user the printer's verdict (the view prints; printing needs the scene). */
    public void printed(boolean done, boolean printerFound) {
        if (!printerFound) {
            complain(localization.get("billing.message.noPrinter"));
        } else if (done) {
            inform(
                    localization.get(
                            "billing.message.printed",
                            current.get().map(BillingViewModel::numberOf).orElse("")));
        } else {
            complain(localization.get("billing.message.printFailed"));
        }
    }

    /** Lines of text of the invoice on screen, for the printed page. */
    public List<String> printout() {
        List<String> out = new ArrayList<>();
        current.get()
                .ifPresent(
                        doc -> {
                            out.add(doc.clinic().name() + " · " + doc.clinic().taxId());
                            out.addAll(doc.clinic().address());
                            out.add("");
                            out.add(heading.get());
                            out.add("");
                            MoneyText text = text();
                            for (InvoiceLine line : doc.invoice().lines()) {
                                out.add(
                                        String.format(
                                                "%-40s %8s × %10s  %6s %%  %12s",
                                                line.description(),
                                                text.number(line.quantity()),
                                                text.euros(line.unitPrice()),
                                                text.number(line.taxRate()),
                                                text.euros(line.lineTotal())));
                            }
                            out.add("");
                            out.addAll(breakdown);
                            out.add(
                                    localization.get("billing.totals.base")
                                            + ": "
                                            + baseText.get());
                            out.add(localization.get("billing.totals.tax") + ": " + taxText.get());
                            out.add(
                                    localization.get("billing.totals.total")
                                            + ": "
                                            + totalText.get());
                        });
        return out;
    }

    // --- showing an invoice

    /** Puts an invoice on screen (package-private so tests can show one without a server). */
    void show(InvoiceDocument document) {
        current.set(Optional.of(document));
        List<LineRow> rows = new ArrayList<>();
        for (InvoiceLine line : document.invoice().lines()) {
            LineRow row = new LineRow(line);
            row.quantityProperty().set(text().number(line.quantity()));
            row.quantityProperty().addListener((o, old, now) -> renderTotals());
            rows.add(row);
        }
        lines.setAll(rows);
        renderAll();
    }

    private void renderAll() {
        Optional<InvoiceDocument> doc = current.get();
        Optional<Invoice> invoice = doc.map(InvoiceDocument::invoice);
        boolean draft = invoice.map(i -> i.status() == InvoiceStatus.DRAFT).orElse(false);
        editable.set(draft);
        voidable.set(
                invoice.map(
                                i ->
                                        i.status() == InvoiceStatus.ISSUED
                                                && i.kind() == InvoiceKind.INVOICE)
                        .orElse(false));
        exportable.set(invoice.map(i -> i.number().isPresent()).orElse(false));
        renderNewQuantityError();
        heading.set(
                doc.map(this::headingOf).orElseGet(() -> localization.get("billing.heading.none")));
        renderTotals();
    }

    private void renderNewQuantityError() {
        boolean wrong = validQuantity(newQuantity.get()).isEmpty();
        newQuantityError.set(wrong ? localization.get("money.quantity.invalid") : "");
    }

    private void renderTotals() {
        MoneyText text = text();
        List<InvoiceLine> previewed = new ArrayList<>();
        boolean allValid = true;
        for (LineRow row : lines) {
            Optional<InvoiceLine> typed = previewOf(row);
            allValid &= typed.isPresent();
            InvoiceLine line = typed.orElse(row.stored());
            row.render(
                    line,
                    typed.isPresent()
                            ? ""
                            : localization.get("billing.quantity.invalid", row.stored().lineNo()),
                    text);
            previewed.add(line);
        }
        InvoiceTotals totals = InvoiceTotals.of(previewed);
        preview.set(totals);
        baseText.set(text.euros(totals.base()));
        taxText.set(text.euros(totals.tax()));
        totalText.set(text.euros(totals.total()));
        breakdown.setAll(
                totals.byRate().values().stream()
                        .map(
                                share ->
                                        localization.get(
                                                "billing.breakdown.row",
                                                text.number(share.rate()),
                                                text.euros(share.base()),
                                                text.euros(share.tax())))
                        .toList());
        issuable.set(editable.get() && !lines.isEmpty() && allValid);
    }

    /**
     * The line with its typed quantity, by the domain's rule; empty while the quantity is wrong.
     */
    private Optional<InvoiceLine> previewOf(LineRow row) {
        InvoiceLine stored = row.stored();
        return validQuantity(row.quantityProperty().get())
                .map(
                        q ->
                                InvoiceLine.compute(
                                        stored.lineNo(),
                                        new InvoiceLineRequest(
                                                stored.serviceCode(),
                                                stored.description(),
                                                q,
                                                stored.unitPrice(),
                                                stored.taxRate())));
    }

    private Optional<BigDecimal> validQuantity(String typed) {
        return text().parse(typed).flatMap(BillingViewModel::acceptedQuantity);
    }

    private static Optional<BigDecimal> acceptedQuantity(BigDecimal quantity) {
        try {
            return Optional.of(Money.requireQuantity(quantity, "quantity"));
        } catch (RuleViolation e) {
            return Optional.empty();
        }
    }

    private String headingOf(InvoiceDocument doc) {
        Invoice invoice = doc.invoice();
        String date =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(localization.locale())
                        .format(doc.date());
        if (invoice.kind() == InvoiceKind.CREDIT_NOTE) {
            return localization.get(
                    "billing.heading.creditNote",
                    numberOf(doc),
                    doc.patientName(),
                    doc.correctsNumber().orElse(""));
        }
        switch (invoice.status()) {
            case DRAFT:
                return localization.get("billing.heading.draft", doc.patientName());
            case VOIDED:
                return localization.get("billing.heading.voided", numberOf(doc), doc.patientName());
            default:
                return localization.get(
                        "billing.heading.issued", numberOf(doc), doc.patientName(), date);
        }
    }

    private InvoiceRow row(InvoiceDocument doc) {
        Invoice invoice = doc.invoice();
        String kind =
                invoice.kind() == InvoiceKind.CREDIT_NOTE
                        ? "billing.kind.creditNote"
                        : "billing.kind.invoice";
        return new InvoiceRow(
                doc,
                invoice.displayNumber().orElseGet(() -> localization.get("billing.number.draft")),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT)
                        .withLocale(localization.locale())
                        .format(doc.date()),
                doc.patientName(),
                localization.get(kind),
                statusText(Optional.of(invoice.status())),
                text().euros(invoice.signedTotal()));
    }

    private static String numberOf(InvoiceDocument doc) {
        return doc.number().orElse("");
    }

    private InvoiceDocument describe(Invoice invoice) {
        return services.invoiceDocuments().describe(invoice);
    }

    private long currentId() {
        return current.get().orElseThrow().invoice().id();
    }

    private MoneyText text() {
        return new MoneyText(localization.locale());
    }

    private <T> void call(Supplier<T> work, Consumer<T> onSuccess) {
        busy.set(true);
        background.run(
                work,
                result -> {
                    busy.set(false);
                    onSuccess.accept(result);
                },
                this::fail);
    }

    private void fail(Failure failure) {
        busy.set(false);
        complain(failure.message());
    }

    private void inform(String text) {
        message.set(text);
        messageIsError.set(false);
    }

    private void complain(String text) {
        message.set(text);
        messageIsError.set(true);
    }

    private void clearMessage() {
        inform("");
    }

    private record Choices(List<AppointmentEntry> appointments, List<CatalogItem> catalog) {}
}
