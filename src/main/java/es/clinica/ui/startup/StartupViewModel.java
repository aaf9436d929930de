package es.clinica.ui.startup;

import es.clinica.service.ClinicServices;
import es.clinica.ui.Backend;
import es.clinica.ui.fx.Background;
import es.clinica.ui.fx.Failure;
import es.clinica.ui.i18n.Localization;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The start-up screen: starts the backend in the background, shows each stage it reports as a
 * localized line with a progress value, then hands the services on; or shows why it could not
 * start, with a way to close.
 */
public final class StartupViewModel {

    /** The stages {@link Backend#start} reports, in order; each has {@code startup.stage.<key>}. */
    public static final List<String> STAGES =
            List.of("postgresql", "redis", "mongodb", "schema", "ready");

    private final Background background;
    private final Localization localization;
    private final Runnable exit;
    private final ObservableList<String> steps = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper currentStep = new ReadOnlyStringWrapper(this, "step");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");

    /**
     * @param exit closes the workstation; offered when the start failed
     */
    public StartupViewModel(Background background, Localization localization, Runnable exit) {
        this.background = background;
        this.localization = localization;
        this.exit = exit;
        currentStep.set(localization.get("startup.preparing"));
    }

    /**
     * Starts the backend off the UI thread.
     *
     * @param onReady receives the services on the UI thread once every store is up
     */
    public void start(Backend backend, Consumer<ClinicServices> onReady) {
        background.run(
                () -> backend.start(stage -> background.onUiThread(() -> reached(stage))),
                onReady,
                this::fail);
    }

    /** The stages reached so far, oldest first, as localized lines. */
    public ObservableList<String> steps() {
        return FXCollections.unmodifiableObservableList(steps);
    }

    /** The line of the stage being worked on. */
    public ReadOnlyStringProperty currentStepProperty() {
        return currentStep.getReadOnlyProperty();
    }

    /** From 0 to 1; negative (indeterminate) until the first stage is reported. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Why the start failed, in the user's language; empty while it has not. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public void close() {
        exit.run();
    }

    private void reached(String stage) {
        String key = stage.toLowerCase(Locale.ROOT);
        String line =
                STAGES.contains(key)
                        ? localization.get("startup.stage." + key)
                        : localization.get("startup.stage.other", stage);
        steps.add(line);
        currentStep.set(line);
        int index = STAGES.indexOf(key);
        if (index >= 0) {
            progress.set((index + 1) / (double) STAGES.size());
        }
    }

    private void fail(Failure cause) {
        failure.set(cause.message());
        currentStep.set(localization.get("startup.failed"));
        failed.set(true);
    }
}
