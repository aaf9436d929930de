package es.clinica.ui.status;

import es.clinica.service.StoreKind;
import es.clinica.service.StoreState;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One store's entry in the status bar, in the user's language. */
public final class StoreStatus {

    private final StoreKind store;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail");
    private final ReadOnlyObjectWrapper<Optional<StoreState>> state =
            new ReadOnlyObjectWrapper<>(this, "state", Optional.empty());

    StoreStatus(StoreKind store) {
        this.store = store;
    }

    public StoreKind store() {
        return store;
    }

    /** Short text, e.g. "PostgreSQL: embedded". */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** Longer text for a tooltip: address, version and round trip, or why it is down. */
    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** The last state seen; empty until the first probe answers. */
    public ReadOnlyObjectProperty<Optional<StoreState>> stateProperty() {
        return state.getReadOnlyProperty();
    }

    void update(String newText, String newDetail, Optional<StoreState> newState) {
        text.set(newText);
        detail.set(newDetail);
        state.set(newState);
    }
}
