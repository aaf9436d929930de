package es.clinica.ui.reception;

import es.clinica.domain.Allergy;
import es.clinica.domain.AllergySeverity;
import es.clinica.domain.Condition;
import es.clinica.domain.Doctor;
import es.clinica.domain.NationalIdType;
import es.clinica.domain.Patient;
import es.clinica.domain.Sex;
import es.clinica.service.AppointmentEntry;
import es.clinica.service.TimeSlot;
import es.clinica.ui.fx.FieldErrorDecoration;
import es.clinica.ui.fx.ScreenCommand;
import es.clinica.ui.reception.ReceptionViewModel.MessageKind;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.WeakMapChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import javafx.util.converter.LocalDateStringConverter;

/** The reception screen: search on the left, the patient, booking and today's list on the right. */
public final class ReceptionView {

    private static final KeyCombination NEW_PATIENT =
            new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination FIND =
            new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SAVE =
            new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final List<String> MESSAGE_CLASSES =
            List.of("message-info", "message-warning", "message-error");

    private final ReceptionViewModel viewModel;
    // The view model outlives this view (a language switch rebuilds it): it holds these weakly.
    private final MapChangeListener<String, String> errorListener = change -> showErrors();
    private final ChangeListener<MessageKind> messageKindListener =
            (o, old, now) -> styleMessage(now);
    private final ChangeListener<Number> tabListener = (o, old, now) -> selectTab(now.intValue());
    private final InvalidationListener todaysListener = o -> reselectAppointment();
    private final FieldErrorDecoration decorations = new FieldErrorDecoration();

    @FXML private ResourceBundle resources;
    @FXML private VBox receptionScreenPane;
    @FXML private ProgressIndicator busyProgressIndicator;
    @FXML private Label messageLabel;
    @FXML private HBox registrationDraftBox;
    @FXML private Label registrationDraftLabel;
    @FXML private VBox similarBox;
    @FXML private ListView<Patient> similarListView;
    @FXML private TextField searchField;
    @FXML private TableView<Patient> resultsTable;
    @FXML private TableColumn<Patient, String> nameColumn;
    @FXML private TableColumn<Patient, String> nationalIdColumn;
    @FXML private TableColumn<Patient, String> birthDateColumn;
    @FXML private TableColumn<Patient, String> phoneColumn;
    @FXML private TabPane receptionTabPane;
    @FXML private Tab bookingTab;
    @FXML private Tab todayTab;
    @FXML private ComboBox<NationalIdType> idTypeComboBox;
    @FXML private TextField nationalIdField;
    @FXML private DatePicker dateOfBirthPicker;
    @FXML private TextField givenNamesField;
    @FXML private ComboBox<Sex> sexComboBox;
    @FXML private TextField firstSurnameField;
    @FXML private TextField secondSurnameField;
    @FXML private TextField phoneField;
    @FXML private TextField emailField;
    @FXML private Label nationalIdErrorLabel;
    @FXML private Label dateOfBirthErrorLabel;
    @FXML private Label givenNamesErrorLabel;
    @FXML private Label firstSurnameErrorLabel;
    @FXML private Label secondSurnameErrorLabel;
    @FXML private Label phoneErrorLabel;
    @FXML private Label emailErrorLabel;
    @FXML private Label allergiesErrorLabel;
    @FXML private Label conditionsErrorLabel;
    @FXML private Label contactErrorLabel;
    @FXML private Label freeNotesErrorLabel;
    @FXML private TableView<Allergy> allergiesTable;
    @FXML private TableColumn<Allergy, String> substanceColumn;
    @FXML private TableColumn<Allergy, String> reactionColumn;
    @FXML private TableColumn<Allergy, String> severityColumn;
    @FXML private TextField allergySubstanceField;
    @FXML private TextField allergyReactionField;
    @FXML private ComboBox<AllergySeverity> allergySeverityComboBox;
    @FXML private ListView<Condition> conditionsListView;
    @FXML private TextField conditionField;
    @FXML private TextArea addressLinesArea;
    @FXML private TextField postalCodeField;
    @FXML private TextField cityField;
    @FXML private TextField provinceField;
    @FXML private TextField countryField;
    @FXML private TextField contactNameField;
    @FXML private TextField contactRelationField;
    @FXML private TextField contactPhoneField;
    @FXML private TextArea freeNotesArea;
    @FXML private Button newPatientButton;
    @FXML private Button savePatientButton;
    @FXML private Button bookForPatientButton;
    @FXML private Label bookingPatientLabel;
    @FXML private ComboBox<Doctor> doctorComboBox;
    @FXML private DatePicker dayPicker;
    @FXML private ListView<TimeSlot> slotsListView;
    @FXML private TextField reasonField;
    @FXML private Button bookButton;
    @FXML private TableView<AppointmentEntry> todayTable;
    @FXML private TableColumn<AppointmentEntry, String> timeColumn;
    @FXML private TableColumn<AppointmentEntry, String> patientColumn;
    @FXML private TableColumn<AppointmentEntry, String> doctorColumn;
    @FXML private TableColumn<AppointmentEntry, String> statusColumn;
    @FXML private TableColumn<AppointmentEntry, String> reasonColumn;
    @FXML private Button checkInButton;
    @FXML private Button noShowButton;
    @FXML private Button cancelAppointmentButton;

    public ReceptionView(ReceptionViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        bindHeader();
        bindSearch();
        bindCoreFields();
        bindProfile();
        bindBooking();
        bindToday();
        bindTabs();
        bindDraftOffer();
        receptionScreenPane.sceneProperty().addListener((o, old, now) -> leaving(old));
        viewModel.checkJournal();
        offerCommands();
    }

    private void bindDraftOffer() {
        registrationDraftBox.visibleProperty().bind(viewModel.draftOfferProperty().isNotNull());
        registrationDraftBox.managedProperty().bind(registrationDraftBox.visibleProperty());
        registrationDraftLabel
                .textProperty()
                .bind(
                        Bindings.createStringBinding(
                                () -> draftOfferText(viewModel.draftOfferProperty().get()),
                                viewModel.draftOfferProperty()));
    }

    private String draftOfferText(RegistrationDraft offer) {
        return offer == null
                ? ""
                : text("reception.draft.offer", viewModel.journaledText(offer.journaledAt()));
    }

    @FXML
    private void restoreDraft() {
        viewModel.restoreDraft();
    }

    @FXML
    private void discardDraft() {
        viewModel.discardDraft();
    }

    private void bindHeader() {
        busyProgressIndicator.visibleProperty().bind(viewModel.busyProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        messageLabel.visibleProperty().bind(viewModel.messageProperty().isNotEmpty());
        messageLabel.managedProperty().bind(messageLabel.visibleProperty());
        viewModel.messageKindProperty().addListener(new WeakChangeListener<>(messageKindListener));
        styleMessage(viewModel.messageKindProperty().get());
        similarListView.setItems(viewModel.similar());
        similarListView.setCellFactory(list -> textCell(viewModel::similarText));
        similarBox.visibleProperty().bind(Bindings.isNotEmpty(viewModel.similar()));
        similarBox.managedProperty().bind(similarBox.visibleProperty());
    }

    private void styleMessage(MessageKind kind) {
        messageLabel.getStyleClass().removeAll(MESSAGE_CLASSES);
        if (kind != MessageKind.NONE) {
            messageLabel.getStyleClass().add("message-" + kind.name().toLowerCase(Locale.ROOT));
        }
    }

    private void bindSearch() {
        searchField.textProperty().bindBidirectional(viewModel.searchTextProperty());
        searchField.setOnAction(event -> viewModel.searchNow());
        resultsTable.setItems(viewModel.results());
        resultsTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        column(nameColumn, viewModel::nameOf);
        column(nationalIdColumn, viewModel::nationalIdOf);
        column(birthDateColumn, p -> viewModel.dateOf(p.data().dateOfBirth()));
        column(phoneColumn, p -> p.data().phone().orElse(""));
        resultsTable
                .getSelectionModel()
                .selectedItemProperty()
                .addListener((o, old, now) -> openChosen(now));
    }

    private void openChosen(Patient patient) {
        if (patient != null) {
            viewModel.open(patient);
        }
    }

    private void bindCoreFields() {
        PatientForm form = viewModel.form();
        idTypeComboBox.getItems().setAll(NationalIdType.values());
        idTypeComboBox.setConverter(converter("reception.idType."));
        idTypeComboBox.valueProperty().bindBidirectional(form.idTypeProperty());
        nationalIdField.textProperty().bindBidirectional(form.nationalIdProperty());
        dateOfBirthPicker.setConverter(dateConverter());
        dateOfBirthPicker.valueProperty().bindBidirectional(form.dateOfBirthProperty());
        givenNamesField.textProperty().bindBidirectional(form.givenNamesProperty());
        sexComboBox.getItems().setAll(Sex.values());
        sexComboBox.setConverter(converter("reception.sex."));
        sexComboBox.valueProperty().bindBidirectional(form.sexProperty());
        firstSurnameField.textProperty().bindBidirectional(form.firstSurnameProperty());
        secondSurnameField.textProperty().bindBidirectional(form.secondSurnameProperty());
        phoneField.textProperty().bindBidirectional(form.phoneProperty());
        emailField.textProperty().bindBidirectional(form.emailProperty());
        form.errors().addListener(new WeakMapChangeListener<>(errorListener));
        showErrors();
    }

    private void bindProfile() {
        PatientForm form = viewModel.form();
        allergiesTable.setItems(form.allergies());
        allergiesTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        column(substanceColumn, Allergy::substance);
        column(reactionColumn, a -> a.reaction().orElse(""));
        column(severityColumn, a -> text("reception.severity." + a.severity().name()));
        allergySubstanceField.textProperty().bindBidirectional(form.allergySubstanceProperty());
        allergySubstanceField.setOnAction(event -> viewModel.addAllergy());
        allergyReactionField.textProperty().bindBidirectional(form.allergyReactionProperty());
        allergyReactionField.setOnAction(event -> viewModel.addAllergy());
        allergySeverityComboBox.getItems().setAll(AllergySeverity.values());
        allergySeverityComboBox.setConverter(converter("reception.severity."));
        allergySeverityComboBox.valueProperty().bindBidirectional(form.allergySeverityProperty());
        conditionsListView.setItems(form.conditions());
        conditionsListView.setCellFactory(list -> textCell(Condition::display));
        conditionField.textProperty().bindBidirectional(form.conditionTextProperty());
        conditionField.setOnAction(event -> viewModel.addCondition());
        addressLinesArea.textProperty().bindBidirectional(form.addressLinesProperty());
        postalCodeField.textProperty().bindBidirectional(form.postalCodeProperty());
        cityField.textProperty().bindBidirectional(form.cityProperty());
        provinceField.textProperty().bindBidirectional(form.provinceProperty());
        countryField.textProperty().bindBidirectional(form.countryProperty());
        contactNameField.textProperty().bindBidirectional(form.contactNameProperty());
        contactRelationField.textProperty().bindBidirectional(form.contactRelationProperty());
        contactPhoneField.textProperty().bindBidirectional(form.contactPhoneProperty());
        freeNotesArea.textProperty().bindBidirectional(form.freeNotesProperty());
        bookForPatientButton.disableProperty().bind(viewModel.newPatientProperty());
    }

    private void showErrors() {
        Map<String, String> errors = viewModel.form().errors();
        Map<Label, Control> beside =
                Map.ofEntries(
                        Map.entry(nationalIdErrorLabel, nationalIdField),
                        Map.entry(dateOfBirthErrorLabel, dateOfBirthPicker),
                        Map.entry(givenNamesErrorLabel, givenNamesField),
                        Map.entry(firstSurnameErrorLabel, firstSurnameField),
                        Map.entry(secondSurnameErrorLabel, secondSurnameField),
                        Map.entry(phoneErrorLabel, phoneField),
                        Map.entry(emailErrorLabel, emailField),
                        Map.entry(allergiesErrorLabel, allergySubstanceField),
                        Map.entry(conditionsErrorLabel, conditionField),
                        Map.entry(contactErrorLabel, contactNameField),
                        Map.entry(freeNotesErrorLabel, freeNotesArea));
        beside.forEach(
                (label, field) -> {
                    String message = errors.get(fieldOf(label));
                    label.setText(message == null ? "" : message);
                    label.setVisible(message != null);
                    label.setManaged(message != null);
                    field.getStyleClass().remove("field-invalid");
                    if (message != null) {
                        field.getStyleClass().add("field-invalid");
                    }
                    decorations.show(field, message);
                });
    }

    /** The form field a message label is for: its fx:id without "ErrorLabel". */
    private static String fieldOf(Label label) {
        String id = label.getId().replace("ErrorLabel", "");
        return id.equals("contact") ? "emergencyContact" : id;
    }

    private void bindBooking() {
        bookingPatientLabel
                .textProperty()
                .bind(
                        Bindings.createStringBinding(
                                () -> bookingPatientText(viewModel.editingProperty().get()),
                                viewModel.editingProperty()));
        doctorComboBox.setItems(viewModel.doctors());
        doctorComboBox.setConverter(
                new StringConverter<>() {
                    @Override
                    public String toString(Doctor doctor) {
                        return doctor == null
                                ? ""
                                : text(
                                        "reception.booking.doctorName",
                                        doctor.name().display(),
                                        doctor.specialty());
                    }

                    @Override
                    public Doctor fromString(String text) {
                        return null;
                    }
                });
        doctorComboBox.valueProperty().bindBidirectional(viewModel.doctorProperty());
        dayPicker.setConverter(dateConverter());
        dayPicker.valueProperty().bindBidirectional(viewModel.dayProperty());
        slotsListView.setItems(viewModel.slots());
        slotsListView.setCellFactory(list -> textCell(viewModel::slotText));
        slotsListView
                .getSelectionModel()
                .selectedItemProperty()
                .addListener((o, old, now) -> viewModel.slotProperty().set(now));
        reasonField.textProperty().bindBidirectional(viewModel.reasonProperty());
        bookButton.disableProperty().bind(Bindings.not(viewModel.canBook()));
    }

    private String bookingPatientText(Patient patient) {
        return patient == null
                ? text("reception.booking.noPatient")
                : text("reception.booking.for", viewModel.nameOf(patient));
    }

    private void bindToday() {
        todayTable.setItems(viewModel.todays());
        todayTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        column(timeColumn, e -> viewModel.timeOf(e.appointment().startsAt()));
        column(patientColumn, AppointmentEntry::patientName);
        column(doctorColumn, AppointmentEntry::doctorName);
        column(statusColumn, e -> viewModel.statusText(e.appointment().status()));
        column(reasonColumn, e -> e.appointment().reason());
        todayTable
                .getSelectionModel()
                .selectedItemProperty()
                .addListener((o, old, now) -> viewModel.appointmentProperty().set(now));
        viewModel.todays().addListener(new WeakInvalidationListener(todaysListener));
        checkInButton.disableProperty().bind(viewModel.appointmentProperty().isNull());
        noShowButton.disableProperty().bind(viewModel.appointmentProperty().isNull());
        cancelAppointmentButton.disableProperty().bind(viewModel.appointmentProperty().isNull());
    }

    private void reselectAppointment() {
        AppointmentEntry chosen = viewModel.appointmentProperty().get();
        if (chosen != null) {
            todayTable.getSelectionModel().select(chosen);
        }
    }

    private void bindTabs() {
        receptionTabPane.getSelectionModel().select(viewModel.tabProperty().get());
        viewModel.tabProperty().addListener(new WeakChangeListener<>(tabListener));
        receptionTabPane
                .getSelectionModel()
                .selectedIndexProperty()
                .addListener((o, old, now) -> tabShown(now.intValue()));
        tabShown(viewModel.tabProperty().get());
    }

    private void selectTab(int index) {
        receptionTabPane.getSelectionModel().select(index);
    }

    private void tabShown(int index) {
        viewModel.tabProperty().set(index);
        Tab shown = receptionTabPane.getTabs().get(index);
        if (shown == bookingTab) {
            viewModel.prepareBooking();
        } else if (shown == todayTab) {
            viewModel.refreshToday();
        }
    }

    private void leaving(Scene old) {
        if (old != null) {
            viewModel.leaving();
        }
    }

    private void offerCommands() {
        ScreenCommand.offer(
                receptionScreenPane,
                List.of(
                        ScreenCommand.of(
                                "newPatientMenuItem",
                                resources.getString("reception.patient.new"),
                                NEW_PATIENT,
                                newPatientButton),
                        new ScreenCommand(
                                "findPatientMenuItem",
                                resources.getString("menu.actions.findPatient"),
                                FIND,
                                searchField.disableProperty(),
                                this::focusSearch),
                        ScreenCommand.of(
                                "savePatientMenuItem",
                                resources.getString("menu.actions.savePatient"),
                                SAVE,
                                savePatientButton)));
    }

    private void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    @FXML
    private void newPatient() {
        viewModel.newPatient();
        nationalIdField.requestFocus();
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void confirmSimilar() {
        viewModel.confirmSimilar();
    }

    @FXML
    private void openSimilar() {
        Patient chosen = similarListView.getSelectionModel().getSelectedItem();
        viewModel.open(chosen == null ? viewModel.similar().get(0) : chosen);
    }

    @FXML
    private void dismissSimilar() {
        viewModel.dismissSimilar();
    }

    @FXML
    private void addAllergy() {
        viewModel.addAllergy();
    }

    @FXML
    private void removeAllergy() {
        Allergy chosen = allergiesTable.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            viewModel.form().allergies().remove(chosen);
        }
    }

    @FXML
    private void addCondition() {
        viewModel.addCondition();
    }

    @FXML
    private void removeCondition() {
        Condition chosen = conditionsListView.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            viewModel.form().conditions().remove(chosen);
        }
    }

    @FXML
    private void showBooking() {
        receptionTabPane.getSelectionModel().select(bookingTab);
    }

    @FXML
    private void book() {
        viewModel.book();
    }

    @FXML
    private void checkIn() {
        viewModel.checkIn();
    }

    @FXML
    private void markNoShow() {
        viewModel.markNoShow();
    }

    @FXML
    private void cancelAppointment() {
        viewModel.cancelAppointment();
    }

    @FXML
    private void refreshToday() {
        viewModel.refreshToday();
    }

    private <S> void column(TableColumn<S, String> column, Function<S, String> value) {
        column.setCellValueFactory(cell -> constant(value.apply(cell.getValue())));
    }

    private static ObservableValue<String> constant(String value) {
        return new ReadOnlyStringWrapper(value).getReadOnlyProperty();
    }

    private static <T> ListCell<T> textCell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }

    private <E extends Enum<E>> StringConverter<E> converter(String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : text(prefix + value.name());
            }

            @Override
            public E fromString(String text) {
                return null;
            }
        };
    }

    /** The language's short date with a four-digit year, so a birth year is never ambiguous. */
    private StringConverter<LocalDate> dateConverter() {
        Locale locale = resources.getLocale();
        String pattern =
                DateTimeFormatterBuilder.getLocalizedDateTimePattern(
                        FormatStyle.SHORT, null, IsoChronology.INSTANCE, locale);
        String fullYear = pattern.contains("yyyy") ? pattern : pattern.replace("yy", "yyyy");
        return new LocalDateStringConverter(
                DateTimeFormatter.ofPattern(fullYear, locale),
                DateTimeFormatter.ofPattern(fullYear, locale));
    }

    private String text(String key, Object... arguments) {
        String pattern = resources.getString(key);
        return arguments.length == 0
                ? pattern
                : new MessageFormat(pattern, resources.getLocale()).format(arguments);
    }
}
