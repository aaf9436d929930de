package es.clinica.ui.consultation;

import es.clinica.domain.Allergy;
import es.clinica.domain.Amendment;
import es.clinica.domain.Condition;
import es.clinica.domain.Diagnosis;
import es.clinica.domain.Icd10Code;
import es.clinica.domain.MedicalNote;
import es.clinica.domain.Patient;
import es.clinica.domain.Prescription;
import es.clinica.service.LiveBoardDisplay;
import es.clinica.service.PatientSummary;
import es.clinica.ui.fx.ScreenCommand;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The consultation screen: binds the view model and forwards the doctor's actions to it. */
public final class ConsultationView {

    static final KeyCombination CALL_NEXT =
            new KeyCodeCombination(
                    KeyCode.N, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    static final KeyCombination CALL_NEXT_F5 = new KeyCodeCombination(KeyCode.F5);
    static final KeyCombination SIGN =
            new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination SAVE =
            new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final ConsultationViewModel viewModel;
    private final EventHandler<KeyEvent> shortcuts = this::shortcut;
    private final ChangeListener<Scene> sceneListener = (o, old, now) -> sceneChanged(old, now);

    @FXML private ResourceBundle resources;
    @FXML private BorderPane consultationScreenPane;
    @FXML private Label consultationMessageLabel;
    @FXML private ToggleButton availableToggleButton;
    @FXML private Button callNextButton;
    @FXML private Label queueUnavailableLabel;
    @FXML private ListView<LiveBoardDisplay.QueueRow> queueListView;
    @FXML private VBox patientPane;
    @FXML private Label noPatientLabel;
    @FXML private VBox patientHeaderBox;
    @FXML private VBox allergyBannerBox;
    @FXML private Label allergyTitleLabel;
    @FXML private FlowPane allergyFlowPane;
    @FXML private Button summaryRetryButton;
    @FXML private Label patientNameLabel;
    @FXML private Label patientDetailsLabel;
    @FXML private HBox restoreBox;
    @FXML private VBox pendingNotesBox;
    @FXML private ListView<PendingNote> pendingNotesListView;
    @FXML private Button reopenPendingButton;
    @FXML private Button discardPendingButton;
    @FXML private Label restoreLabel;
    @FXML private TextArea subjectiveTextArea;
    @FXML private TextArea objectiveTextArea;
    @FXML private TextArea assessmentTextArea;
    @FXML private TextArea planTextArea;
    @FXML private TextField diagnosisSearchField;
    @FXML private ListView<Icd10Code> diagnosisResultsListView;
    @FXML private ListView<Diagnosis> diagnosesListView;
    @FXML private TextField drugField;
    @FXML private TextField doseField;
    @FXML private TextField frequencyField;
    @FXML private TextField durationField;
    @FXML private Button addPrescriptionButton;
    @FXML private Label drugWarningLabel;
    @FXML private ListView<PrescribedDrug> prescriptionsListView;
    @FXML private ListView<Condition> conditionsListView;
    @FXML private ListView<MedicalNote> earlierNotesListView;
    @FXML private Label draftStatusLabel;
    @FXML private Button saveButton;
    @FXML private Button signButton;
    @FXML private Button completeButton;

    public ConsultationView(ConsultationViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        bindQueue();
        bindHeader();
        bindEditor();
        bindCoding();
        bindHistory();
        bindActions();
        bindPending();
        offerCommands();
        consultationScreenPane.sceneProperty().addListener(sceneListener);
        viewModel.activate();
    }

    private void bindQueue() {
        consultationMessageLabel.textProperty().bind(viewModel.messageProperty());
        availableToggleButton.selectedProperty().bindBidirectional(viewModel.availableProperty());
        availableToggleButton
                .disableProperty()
                .bind(viewModel.doctorProperty().not().or(viewModel.availabilityBusyProperty()));
        availableToggleButton
                .textProperty()
                .bind(
                        Bindings.when(viewModel.availableProperty())
                                .then(resources.getString("consultation.available"))
                                .otherwise(resources.getString("consultation.away")));
        callNextButton
                .disableProperty()
                .bind(viewModel.doctorProperty().not().or(viewModel.inConsultationBinding()));
        showWhen(queueUnavailableLabel, viewModel.queueUnavailableProperty().get());
        viewModel
                .queueUnavailableProperty()
                .addListener((o, was, now) -> showWhen(queueUnavailableLabel, now));
        queueListView.setItems(viewModel.queue());
        queueListView.setPlaceholder(new Label(resources.getString("consultation.queue.empty")));
        queueListView.setCellFactory(list -> cell(this::queueText));
    }

    private String queueText(LiveBoardDisplay.QueueRow row) {
        return format(
                "consultation.queue.row",
                row.patientName(),
                row.doctorName(),
                row.waiting().toMinutes());
    }

    private void bindHeader() {
        viewModel.summaryProperty().addListener((o, was, now) -> showHeader());
        viewModel.summaryFailedProperty().addListener((o, was, now) -> showHeader());
        viewModel.appointmentProperty().addListener((o, was, now) -> showHeader());
        viewModel.allergies().addListener((ListChangeListener<Allergy>) change -> showHeader());
        viewModel.restoreOfferProperty().addListener((o, was, now) -> showRestoreOffer(now));
        showHeader();
        showRestoreOffer(viewModel.restoreOfferProperty().get());
    }

    private void showHeader() {
        boolean open = viewModel.appointmentProperty().get() != null;
        showWhen(noPatientLabel, !open);
        showWhen(patientHeaderBox, open);
        PatientSummary summary = viewModel.summaryProperty().get();
        patientNameLabel.setText(
                summary == null
                        ? resources.getString("consultation.patient.loading")
                        : summary.patient().data().name().display());
        patientDetailsLabel.setText(summary == null ? "" : details(summary));
        showAllergies(summary);
    }

    private String details(PatientSummary summary) {
        Patient patient = summary.patient();
        String id =
                patient.data()
                        .nationalId()
                        .map(n -> n.value())
                        .orElse(resources.getString("consultation.patient.noId"));
        return format(
                "consultation.patient.details",
                patient.data()
                        .dateOfBirth()
                        .format(
                                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                                        .withLocale(resources.getLocale())),
                resources.getString("consultation.sex." + patient.data().sex().name()),
                id,
                patient.data().phone().orElse("—"));
    }

    private void showAllergies(PatientSummary summary) {
        List<Allergy> allergies = viewModel.allergies();
        boolean failed = viewModel.summaryFailedProperty().get();
        allergyBannerBox
                .getStyleClass()
                .removeAll("allergy-none", "allergy-severe", "allergy-present");
        showWhen(summaryRetryButton, failed);
        allergyFlowPane.getChildren().setAll(allergies.stream().map(this::allergyChip).toList());
        if (failed || summary == null) {
            allergyTitleLabel.setText(
                    resources.getString(
                            failed
                                    ? "consultation.allergies.unknown"
                                    : "consultation.patient.loading"));
            allergyBannerBox.getStyleClass().add("allergy-present");
        } else if (allergies.isEmpty()) {
            allergyTitleLabel.setText(resources.getString("consultation.allergies.none"));
            allergyBannerBox.getStyleClass().add("allergy-none");
        } else {
            allergyTitleLabel.setText(format("consultation.allergies.title", allergies.size()));
            allergyBannerBox
                    .getStyleClass()
                    .add(severe(allergies) ? "allergy-severe" : "allergy-present");
        }
    }

    private static boolean severe(List<Allergy> allergies) {
        return allergies.stream()
                .anyMatch(a -> a.severity() == es.clinica.domain.AllergySeverity.SEVERE);
    }

    private Label allergyChip(Allergy allergy) {
        String severity = resources.getString("consultation.severity." + allergy.severity().name());
        Label chip =
                new Label(
                        allergy.reaction()
                                .map(
                                        r ->
                                                format(
                                                        "consultation.allergy.withReaction",
                                                        allergy.substance(),
                                                        severity,
                                                        r))
                                .orElseGet(
                                        () ->
                                                format(
                                                        "consultation.allergy",
                                                        allergy.substance(),
                                                        severity)));
        chip.getStyleClass()
                .addAll(
                        "allergy-chip",
                        "allergy-chip-"
                                + allergy.severity().name().toLowerCase(java.util.Locale.ROOT));
        return chip;
    }

    private void showRestoreOffer(JournalEntry offer) {
        showWhen(restoreBox, offer != null);
        if (offer != null) {
            restoreLabel.setText(format("consultation.journal.offer", time(offer.journaledAt())));
        }
    }

    private void bindEditor() {
        subjectiveTextArea.textProperty().bindBidirectional(viewModel.subjectiveProperty());
        objectiveTextArea.textProperty().bindBidirectional(viewModel.objectiveProperty());
        assessmentTextArea.textProperty().bindBidirectional(viewModel.assessmentProperty());
        planTextArea.textProperty().bindBidirectional(viewModel.planProperty());
        for (TextArea area :
                List.of(subjectiveTextArea, objectiveTextArea, assessmentTextArea, planTextArea)) {
            area.editableProperty().bind(viewModel.editableBinding());
        }
    }

    private void bindCoding() {
        diagnosisSearchField.textProperty().bindBidirectional(viewModel.diagnosisQueryProperty());
        diagnosisSearchField.disableProperty().bind(viewModel.editableBinding().not());
        diagnosisSearchField.setOnAction(event -> addFirstResult());
        diagnosisResultsListView.setItems(viewModel.diagnosisResults());
        diagnosisResultsListView.setCellFactory(
                list -> cell(c -> c.dottedCode() + "  " + c.description()));
        diagnosisResultsListView.setPlaceholder(
                new Label(resources.getString("consultation.diagnoses.results.empty")));
        diagnosisResultsListView.setOnMouseClicked(
                event -> {
                    if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                        viewModel.addDiagnosis(
                                diagnosisResultsListView.getSelectionModel().getSelectedItem());
                    }
                });
        diagnosisResultsListView.setOnKeyPressed(
                event -> {
                    if (event.getCode() == KeyCode.ENTER) {
                        viewModel.addDiagnosis(
                                diagnosisResultsListView.getSelectionModel().getSelectedItem());
                    }
                });
        diagnosesListView.setItems(viewModel.diagnoses());
        diagnosesListView.setCellFactory(list -> cell(d -> d.code() + "  " + d.label()));
        diagnosesListView.setPlaceholder(
                new Label(resources.getString("consultation.diagnoses.none")));
        diagnosesListView.setOnKeyPressed(
                event -> {
                    if (event.getCode() == KeyCode.DELETE
                            || event.getCode() == KeyCode.BACK_SPACE) {
                        viewModel.removeDiagnosis(
                                diagnosesListView.getSelectionModel().getSelectedItem());
                    }
                });
        bindPrescriptions();
    }

    private void addFirstResult() {
        Icd10Code chosen = diagnosisResultsListView.getSelectionModel().getSelectedItem();
        if (chosen == null && !viewModel.diagnosisResults().isEmpty()) {
            chosen = viewModel.diagnosisResults().get(0);
        }
        viewModel.addDiagnosis(chosen);
    }

    private void bindPrescriptions() {
        drugField.textProperty().bindBidirectional(viewModel.drugProperty());
        doseField.textProperty().bindBidirectional(viewModel.doseProperty());
        frequencyField.textProperty().bindBidirectional(viewModel.frequencyProperty());
        durationField.textProperty().bindBidirectional(viewModel.durationProperty());
        for (TextField field : List.of(drugField, doseField, frequencyField, durationField)) {
            field.disableProperty().bind(viewModel.editableBinding().not());
            field.setOnAction(event -> viewModel.addPrescription());
        }
        addPrescriptionButton.disableProperty().bind(viewModel.editableBinding().not());
        viewModel
                .drugWarnings()
                .addListener((ListChangeListener<Allergy>) change -> showDrugWarning());
        showDrugWarning();
        prescriptionsListView.setItems(viewModel.prescriptions());
        prescriptionsListView.setPlaceholder(
                new Label(resources.getString("consultation.prescriptions.none")));
        prescriptionsListView.setCellFactory(list -> new PrescriptionCell());
        prescriptionsListView.setOnKeyPressed(
                event -> {
                    if (event.getCode() == KeyCode.DELETE
                            || event.getCode() == KeyCode.BACK_SPACE) {
                        viewModel.removePrescription(
                                prescriptionsListView.getSelectionModel().getSelectedItem());
                    }
                });
    }

    private void showDrugWarning() {
        List<Allergy> warnings = viewModel.drugWarnings();
        showWhen(drugWarningLabel, !warnings.isEmpty());
        drugWarningLabel.setText(format("consultation.prescription.warning", substances(warnings)));
    }

    private static String substances(List<Allergy> allergies) {
        return allergies.stream().map(Allergy::substance).collect(Collectors.joining(", "));
    }

    private String prescriptionText(Prescription rx) {
        return format(
                "consultation.prescription.row",
                rx.drug(),
                rx.dose(),
                rx.frequency(),
                rx.duration());
    }

    private void bindHistory() {
        conditionsListView.setItems(viewModel.conditions());
        conditionsListView.setPlaceholder(
                new Label(resources.getString("consultation.history.none")));
        conditionsListView.setCellFactory(list -> cell(this::conditionText));
        earlierNotesListView.setItems(viewModel.earlierNotes());
        earlierNotesListView.setPlaceholder(
                new Label(resources.getString("consultation.earlierNotes.none")));
        earlierNotesListView.setCellFactory(list -> cell(this::noteText));
    }

    private String conditionText(Condition condition) {
        String code = condition.code().map(c -> c + "  ").orElse("");
        String onset = condition.onset().map(d -> " · " + d).orElse("");
        String status = condition.status().map(s -> " · " + s).orElse("");
        return code + condition.display() + onset + status;
    }

    private String noteText(MedicalNote note) {
        StringBuilder text = new StringBuilder();
        text.append(
                note.signed()
                        ? format(
                                "consultation.earlierNote.signed",
                                time(note.signedAt().orElse(note.updatedAt())))
                        : format("consultation.earlierNote.draft", time(note.updatedAt())));
        note.diagnoses()
                .forEach(d -> text.append('\n').append(d.code()).append("  ").append(d.label()));
        appendSection(text, "consultation.subjective", note.subjective());
        appendSection(text, "consultation.objective", note.objective());
        appendSection(text, "consultation.assessment", note.assessment());
        appendSection(text, "consultation.plan", note.plan());
        note.prescriptions().forEach(rx -> text.append("\n℞ ").append(prescriptionText(rx)));
        for (Amendment amendment : note.amendments()) {
            text.append('\n')
                    .append(
                            format(
                                    "consultation.earlierNote.amendment",
                                    time(amendment.at()),
                                    amendment.text()));
        }
        return text.toString();
    }

    private void appendSection(StringBuilder text, String key, String value) {
        if (!value.isBlank()) {
            text.append('\n').append(resources.getString(key)).append(": ").append(value);
        }
    }

    private void bindPending() {
        pendingNotesListView.setItems(viewModel.pendingNotes());
        pendingNotesListView.setCellFactory(list -> cell(this::pendingText));
        pendingNotesBox.visibleProperty().bind(Bindings.isNotEmpty(viewModel.pendingNotes()));
        pendingNotesBox.managedProperty().bind(pendingNotesBox.visibleProperty());
        if (!viewModel.pendingNotes().isEmpty()) {
            pendingNotesListView.getSelectionModel().selectFirst();
        }
        viewModel
                .pendingNotes()
                .addListener(
                        (ListChangeListener<PendingNote>)
                                change -> pendingNotesListView.getSelectionModel().selectFirst());
        BooleanBinding nothingChosen =
                pendingNotesListView.getSelectionModel().selectedItemProperty().isNull();
        reopenPendingButton.disableProperty().bind(nothingChosen);
        discardPendingButton.disableProperty().bind(nothingChosen);
    }

    private String pendingText(PendingNote pending) {
        String patient =
                pending.patientName()
                        .orElseGet(
                                () ->
                                        format(
                                                "consultation.pending.unknownPatient",
                                                pending.patientId()));
        return format(
                "consultation.pending.row",
                patient,
                pending.appointmentId(),
                time(pending.journaledAt()));
    }

    private void bindActions() {
        draftStatusLabel.textProperty().bind(viewModel.draftStatusProperty());
        saveButton
                .disableProperty()
                .bind(viewModel.editableBinding().not().or(viewModel.savingProperty()));
        signButton.disableProperty().bind(viewModel.canSignBinding().not());
        completeButton.disableProperty().bind(viewModel.canCompleteBinding().not());
    }

    // The key filter below answers the shortcuts even inside the note's text areas; the menu
    // shows them and answers a click.
    private void offerCommands() {
        ScreenCommand.offer(
                consultationScreenPane,
                List.of(
                        ScreenCommand.of(
                                "callNextMenuItem",
                                resources.getString("consultation.callNext"),
                                CALL_NEXT,
                                callNextButton),
                        ScreenCommand.of(
                                "saveNoteMenuItem",
                                resources.getString("consultation.save"),
                                SAVE,
                                saveButton),
                        ScreenCommand.of(
                                "signNoteMenuItem",
                                resources.getString("menu.actions.signNote"),
                                SIGN,
                                signButton)));
    }

    private void sceneChanged(Scene old, Scene now) {
        if (old != null) {
            old.removeEventFilter(KeyEvent.KEY_PRESSED, shortcuts);
            viewModel.leaving();
        }
        if (now != null) {
            now.addEventFilter(KeyEvent.KEY_PRESSED, shortcuts);
        }
    }

    private void shortcut(KeyEvent event) {
        if (CALL_NEXT.match(event) || CALL_NEXT_F5.match(event)) {
            event.consume();
            viewModel.callNext();
        } else if (SIGN.match(event)) {
            event.consume();
            viewModel.sign();
        } else if (SAVE.match(event)) {
            event.consume();
            viewModel.saveNow();
        }
    }

    @FXML
    private void callNext() {
        viewModel.callNext();
    }

    @FXML
    private void retrySummary() {
        viewModel.loadSummary();
    }

    @FXML
    private void restoreJournal() {
        viewModel.restoreJournal();
    }

    @FXML
    private void discardJournal() {
        viewModel.discardJournal();
    }

    @FXML
    private void reopenPending() {
        viewModel.reopenPending(pendingNotesListView.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void discardPending() {
        viewModel.discardPending(pendingNotesListView.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void addPrescription() {
        viewModel.addPrescription();
    }

    @FXML
    private void save() {
        viewModel.saveNow();
    }

    @FXML
    private void sign() {
        viewModel.sign();
    }

    @FXML
    private void complete() {
        viewModel.complete();
    }

    private String time(Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(resources.getLocale())
                .withZone(viewModel.zone())
                .format(at);
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(resources.getString(key), resources.getLocale()).format(arguments);
    }

    private static void showWhen(javafx.scene.Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    private static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            {
                // Without a small preferred width the list scrolls sideways instead of wrapping.
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
                setWrapText(true);
            }
        };
    }

    /** A prescription, with its allergy warning beside it when the drug may touch one. */
    private final class PrescriptionCell extends ListCell<PrescribedDrug> {
        PrescriptionCell() {
            setPrefWidth(0);
            setWrapText(true);
        }

        @Override
        protected void updateItem(PrescribedDrug item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("prescription-warns");
            if (empty || item == null) {
                setText(null);
                return;
            }
            String text = prescriptionText(item.prescription());
            if (item.warns()) {
                getStyleClass().add("prescription-warns");
                text =
                        text
                                + "  ⚠ "
                                + format(
                                        "consultation.prescription.warning",
                                        substances(item.allergies()));
            }
            setText(text);
        }
    }
}
