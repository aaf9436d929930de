package es.clinica.ui.live;

import es.clinica.service.ClinicServices;
import es.clinica.service.LiveBoardDisplay;
import es.clinica.service.LiveBoardService;
import es.clinica.service.WaitingRoomDisplay;
import es.clinica.ui.fx.Background;
import es.clinica.ui.fx.Cancellable;
import es.clinica.ui.fx.Failure;
import es.clinica.ui.fx.Periodic;
import es.clinica.ui.i18n.Localization;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The live panel's state: the board read from Redis on a timer while the panel or the waiting-room
 * display is showing. Each refresh is one background call; a refresh still running when the timer
 * ticks again is not doubled. When Redis cannot be read the panel says so instead of showing an
 * empty queue.
 */
public final class LiveViewModel {

    /** Whether the panel holds live data. */
    public enum State {
        LOADING,
        LIVE,
        UNAVAILABLE
    }

    /** Starts a repeating action; the window uses {@link Periodic#every}. */
    @FunctionalInterface
    public interface Ticker {
        Cancellable every(Duration period, String name, Runnable action);
    }

    /** Where the board comes from; the window reads {@link LiveBoardService}. */
    interface Source {
        LiveBoardDisplay board();

        WaitingRoomDisplay waitingRoom();
    }

    private final Optional<Source> source;
    private final Background background;
    private final Localization localization;
    private final Duration interval;
    private final Ticker ticker;

    private final ObservableList<WaitingRow> waiting = FXCollections.observableArrayList();
    private final ObservableList<String> inConsultation = FXCollections.observableArrayList();
    private final ObservableList<String> doctors = FXCollections.observableArrayList();
    private final ObservableList<RankingBar> ranking = FXCollections.observableArrayList();
    private final ObservableList<String> calls = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<State> state =
            new ReadOnlyObjectWrapper<>(this, "state", State.LOADING);
    private final ReadOnlyStringWrapper todaysCount =
            new ReadOnlyStringWrapper(this, "todaysCount", "–");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper waitingRoomStatus =
            new ReadOnlyStringWrapper(this, "waitingRoomStatus", "");
    private final ReadOnlyBooleanWrapper wallDisplayOpen =
            new ReadOnlyBooleanWrapper(this, "wallDisplayOpen");
    private Optional<LiveBoardDisplay> lastBoard = Optional.empty();
    private Optional<WaitingRoomDisplay> lastRoom = Optional.empty();
    private Optional<Cancellable> timer = Optional.empty();
    private int panelsShown;
    private boolean polling;

    /**
     * @param interval how often the board is read while showing
     */
    public LiveViewModel(
            ClinicServices services,
            Background background,
            Localization localization,
            Duration interval) {
        this(
                Optional.ofNullable(services.liveBoard()).map(LiveViewModel::sourceOf),
                background,
                localization,
                interval,
                Periodic::every);
    }

    LiveViewModel(
            Optional<Source> source,
            Background background,
            Localization localization,
            Duration interval,
            Ticker ticker) {
        this.source = source;
        this.background = background;
        this.localization = localization;
        this.interval = Objects.requireNonNull(interval);
        this.ticker = ticker;
        localization.messagesProperty().addListener((o, old, now) -> render());
        render();
    }

    private static Source sourceOf(LiveBoardService service) {
        return new Source() {
            @Override
            public LiveBoardDisplay board() {
                return service.board();
            }

            @Override
            public WaitingRoomDisplay waitingRoom() {
                return service.waitingRoom();
            }
        };
    }

    public ObservableList<WaitingRow> waiting() {
        return waiting;
    }

    /** "Patient with Doctor" for each patient called in. */
    public ObservableList<String> inConsultation() {
        return inConsultation;
    }

    public ObservableList<String> doctors() {
        return doctors;
    }

    public ObservableList<RankingBar> ranking() {
        return ranking;
    }

    /** A quantity of the ranking's axis as the user's language writes it: 12.500 in Spanish. */
    public String quantityText(Number quantity) {
        return NumberFormat.getNumberInstance(localization.locale()).format(quantity);
    }

    /** The waiting room's calls: "short name → doctor". */
    public ObservableList<String> calls() {
        return calls;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty todaysCountProperty() {
        return todaysCount.getReadOnlyProperty();
    }

    /** When the board was read, or why it could not be. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The waiting room's line under the calls: how many wait, or that data is missing. */
    public ReadOnlyStringProperty waitingRoomStatusProperty() {
        return waitingRoomStatus.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty wallDisplayOpenProperty() {
        return wallDisplayOpen.getReadOnlyProperty();
    }

    /**
     * A panel came on screen or left it; the board is read only while one shows. Counted, because a
     * language switch shows the new panel and drops the old one in either order.
     */
    public void setPanelShown(boolean shown) {
        panelsShown = Math.max(0, panelsShown + (shown ? 1 : -1));
        updateTimer();
    }

    /** The waiting-room display opened or closed. */
    public void setWallDisplayOpen(boolean open) {
        wallDisplayOpen.set(open);
        updateTimer();
    }

    private void updateTimer() {
        boolean wanted = panelsShown > 0 || wallDisplayOpen.get();
        if (wanted && timer.isEmpty()) {
            timer = Optional.of(ticker.every(interval, "clinica-live", this::refresh));
            refresh();
        } else if (!wanted && timer.isPresent()) {
            timer.get().cancel();
            timer = Optional.empty();
        }
    }

    /** Reads the board once, unless a read is still running. */
    public void refresh() {
        if (polling || source.isEmpty()) {
            return;
        }
        polling = true;
        Source from = source.get();
        boolean room = wallDisplayOpen.get();
        background.run(
                () ->
                        new Snapshot(
                                from.board(),
                                room ? Optional.of(from.waitingRoom()) : Optional.empty()),
                this::show,
                this::showFailure);
    }

    private void show(Snapshot snapshot) {
        polling = false;
        lastBoard = Optional.of(snapshot.board());
        snapshot.room().ifPresent(r -> lastRoom = Optional.of(r));
        render();
    }

    private void showFailure(Failure failure) {
        polling = false;
        lastBoard = Optional.empty();
        clearBoard();
        state.set(State.UNAVAILABLE);
        status.set(failure.message());
    }

    private void render() {
        if (lastBoard.isEmpty()) {
            renderRoom();
            return;
        }
        if (lastBoard.get().status() == LiveBoardDisplay.Status.UNAVAILABLE) {
            clearBoard();
            state.set(State.UNAVAILABLE);
            status.set(localization.get("live.unavailable"));
        } else {
            renderBoard(lastBoard.get());
        }
        renderRoom();
    }

    private void renderBoard(LiveBoardDisplay board) {
        waiting.setAll(board.queue().stream().map(this::waitingRow).toList());
        inConsultation.setAll(
                board.inConsultation().stream()
                        .map(
                                r ->
                                        localization.get(
                                                "live.consultation.row",
                                                r.doctorName(),
                                                r.patientName()))
                        .toList());
        doctors.setAll(
                board.availableDoctors().stream().map(LiveBoardDisplay.DoctorRow::name).toList());
        ranking.setAll(
                board.ranking().stream()
                        .map(r -> new RankingBar(r.serviceName(), r.quantity()))
                        .toList());
        todaysCount.set(String.valueOf(board.todaysAppointments()));
        state.set(State.LIVE);
        status.set(localization.get("live.live"));
    }

    private WaitingRow waitingRow(LiveBoardDisplay.QueueRow row) {
        return new WaitingRow(
                localization.get("live.waiting.row", row.patientName(), row.doctorName()),
                localization.get("live.waiting.time", String.valueOf(row.waiting().toMinutes())),
                WaitLevel.of(row.waiting()));
    }

    private void renderRoom() {
        if (lastRoom.isEmpty() || !lastRoom.get().available()) {
            calls.clear();
            waitingRoomStatus.set(localization.get("live.waitingRoom.unavailable"));
            return;
        }
        WaitingRoomDisplay room = lastRoom.get();
        calls.setAll(
                room.calls().stream()
                        .map(
                                c ->
                                        localization.get(
                                                "live.waitingRoom.call",
                                                c.patient(),
                                                c.doctorName()))
                        .toList());
        waitingRoomStatus.set(
                room.calls().isEmpty()
                        ? localization.get("live.waitingRoom.none")
                        : localization.get("live.waitingRoom.waiting", room.waiting()));
    }

    private void clearBoard() {
        waiting.clear();
        inConsultation.clear();
        doctors.clear();
        ranking.clear();
        todaysCount.set("–");
    }

    private record Snapshot(LiveBoardDisplay board, Optional<WaitingRoomDisplay> room) {}
}
