package es.clinica.ui.status;

import es.clinica.service.StoreKind;
import es.clinica.service.StoreState;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/** The status bar: one entry per store, coloured by state, details in a tooltip. */
public final class StatusBarView {

    private static final List<String> STATE_CLASSES =
            List.of("store-checking", "store-embedded", "store-connected", "store-unreachable");

    private final StatusBarViewModel viewModel;

    @FXML private Label statusMessageLabel;
    @FXML private Label postgresqlStatusLabel;
    @FXML private Label mongodbStatusLabel;
    @FXML private Label redisStatusLabel;
    @FXML private Tooltip postgresqlStatusTooltip;
    @FXML private Tooltip mongodbStatusTooltip;
    @FXML private Tooltip redisStatusTooltip;

    public StatusBarView(StatusBarViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        statusMessageLabel.textProperty().bind(viewModel.messageProperty());
        bind(StoreKind.POSTGRESQL, postgresqlStatusLabel, postgresqlStatusTooltip);
        bind(StoreKind.MONGODB, mongodbStatusLabel, mongodbStatusTooltip);
        bind(StoreKind.REDIS, redisStatusLabel, redisStatusTooltip);
    }

    private void bind(StoreKind kind, Label label, Tooltip tooltip) {
        StoreStatus status = viewModel.store(kind);
        label.textProperty().bind(status.textProperty());
        tooltip.textProperty().bind(status.detailProperty());
        ChangeListener<Optional<StoreState>> listener = (o, old, now) -> styleState(label, now);
        // The label keeps the listener alive; the view model holds it weakly, so a view replaced
        // by a language switch can be collected.
        label.getProperties().put(StatusBarView.class, listener);
        status.stateProperty().addListener(new WeakChangeListener<>(listener));
        styleState(label, status.stateProperty().get());
    }

    private static void styleState(Label label, Optional<StoreState> state) {
        String name = state.map(s -> s.name().toLowerCase(Locale.ROOT)).orElse("checking");
        label.getStyleClass().removeAll(STATE_CLASSES);
        label.getStyleClass().add("store-" + name);
    }
}
