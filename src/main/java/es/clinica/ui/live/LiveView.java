package es.clinica.ui.live;

import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** The live panel: binds the view model, and opens the waiting room's full-screen display. */
public final class LiveView {

    private static final KeyCombination WALL = KeyCombination.keyCombination("F11");
    private static final String THEME = "/es/clinica/ui/clinica.css";

    private final LiveViewModel viewModel;
    private final ListChangeListener<RankingBar> rankingListener = change -> renderRanking();

    private ObservableValue<Boolean> onScreen;

    @FXML private ResourceBundle resources;
    @FXML private VBox liveScreenPane;
    @FXML private Label liveStatusLabel;
    @FXML private Label liveUnavailableLabel;
    @FXML private ListView<WaitingRow> liveWaitingList;
    @FXML private ListView<String> liveConsultationList;
    @FXML private ListView<String> liveDoctorsList;
    @FXML private Label liveTodayCountLabel;
    @FXML private BarChart<String, Number> liveRankingChart;
    @FXML private NumberAxis liveRankingQuantityAxis;
    @FXML private Button liveWaitingRoomButton;

    public LiveView(LiveViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        liveStatusLabel.textProperty().bind(viewModel.statusProperty());
        liveUnavailableLabel
                .visibleProperty()
                .bind(viewModel.stateProperty().isEqualTo(LiveViewModel.State.UNAVAILABLE));
        liveUnavailableLabel.managedProperty().bind(liveUnavailableLabel.visibleProperty());
        liveWaitingList.setItems(viewModel.waiting());
        liveWaitingList.setCellFactory(list -> new WaitingCell());
        liveConsultationList.setItems(viewModel.inConsultation());
        liveDoctorsList.setItems(viewModel.doctors());
        liveTodayCountLabel.textProperty().bind(viewModel.todaysCountProperty());
        liveWaitingRoomButton.disableProperty().bind(viewModel.wallDisplayOpenProperty());
        viewModel.ranking().addListener(new WeakListChangeListener<>(rankingListener));
        liveRankingQuantityAxis.setTickLabelFormatter(new QuantityTicks());
        renderRanking();
        liveScreenPane.sceneProperty().addListener((o, old, now) -> shortcut(old, now));
        shortcut(null, liveScreenPane.getScene());
        // On screen means in a scene whose window shows: a closed window stops the polling too.
        onScreen =
                liveScreenPane
                        .sceneProperty()
                        .flatMap(Scene::windowProperty)
                        .flatMap(Window::showingProperty)
                        .orElse(false);
        onScreen.addListener((o, old, now) -> viewModel.setPanelShown(now));
        if (onScreen.getValue()) {
            viewModel.setPanelShown(true);
        }
    }

    private void shortcut(Scene old, Scene now) {
        if (old != null) {
            old.getAccelerators().remove(WALL);
        }
        if (now != null) {
            now.getAccelerators().put(WALL, this::openWaitingRoom);
        }
    }

    private void renderRanking() {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        viewModel
                .ranking()
                .forEach(
                        bar ->
                                series.getData()
                                        .add(new XYChart.Data<>(bar.label(), bar.quantity())));
        liveRankingChart.getData().setAll(List.of(series));
    }

    @FXML
    private void openWaitingRoom() {
        if (viewModel.wallDisplayOpenProperty().get()) {
            return;
        }
        Stage wall = new Stage();
        wall.setScene(new Scene(waitingRoom(), 1280, 720));
        wall.getScene()
                .getStylesheets()
                .add(Objects.requireNonNull(LiveView.class.getResource(THEME)).toExternalForm());
        wall.setTitle(resources.getString("live.waitingRoom.open"));
        wall.setFullScreenExitHint(resources.getString("live.waitingRoom.exitHint"));
        wall.getScene()
                .setOnKeyPressed(
                        e -> {
                            if (e.getCode() == KeyCode.ESCAPE) {
                                wall.close();
                            }
                        });
        wall.setOnHidden(e -> viewModel.setWallDisplayOpen(false));
        viewModel.setWallDisplayOpen(true);
        wall.setFullScreen(true);
        wall.show();
    }

    private VBox waitingRoom() {
        Label title = new Label(resources.getString("live.waitingRoom.title"));
        title.getStyleClass().add("waiting-room-title");
        VBox calls = new VBox(16);
        calls.setId("waitingRoomCallsPane");
        ListChangeListener<String> renderCalls = change -> showCalls(calls);
        viewModel.calls().addListener(new WeakListChangeListener<>(renderCalls));
        calls.getProperties().put(LiveView.class, renderCalls);
        showCalls(calls);
        Label status = new Label();
        status.textProperty().bind(viewModel.waitingRoomStatusProperty());
        status.getStyleClass().add("waiting-room-status");
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        VBox room = new VBox(title, calls, spacer, status);
        room.getStyleClass().add("waiting-room");
        room.setAlignment(Pos.TOP_LEFT);
        return room;
    }

    private void showCalls(VBox calls) {
        calls.getChildren().clear();
        for (String call : viewModel.calls()) {
            Label label = new Label(call);
            label.getStyleClass().add("waiting-room-call");
            // A long doctor's name goes on a second line rather than losing its end.
            label.setWrapText(true);
            calls.getChildren().add(label);
        }
    }

    /** The axis's numbers in the UI's language rather than the JVM's default locale. */
    private final class QuantityTicks extends StringConverter<Number> {
        @Override
        public String toString(Number quantity) {
            return quantity == null ? "" : viewModel.quantityText(quantity);
        }

        @Override
        public Number fromString(String text) {
            throw new UnsupportedOperationException("axis ticks are only shown");
        }
    }

    /** A waiting patient, coloured by how long they have waited. */
    private static final class WaitingCell extends ListCell<WaitingRow> {

        private final Label who = new Label();
        private final Label waited = new Label();
        private final HBox row;

        WaitingCell() {
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            row = new HBox(8, who, spacer, waited);
        }

        @Override
        protected void updateItem(WaitingRow item, boolean empty) {
            super.updateItem(item, empty);
            waited.getStyleClass().removeAll("wait-short", "wait-medium", "wait-long");
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            who.setText(item.text());
            waited.setText(item.waited());
            waited.getStyleClass().add(item.level().styleClass());
            setGraphic(row);
        }
    }
}
