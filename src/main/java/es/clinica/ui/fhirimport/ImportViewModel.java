package es.clinica.ui.fhirimport;

import es.clinica.domain.ImportIssue;
import es.clinica.service.ImportSummary;
import es.clinica.service.PatientImportService;
import es.clinica.ui.fx.Background;
import es.clinica.ui.fx.Failure;
import es.clinica.ui.i18n.Localization;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * File → Import FHIR…: the files or folder chosen, the import running in the background with its
 * progress and a cancel, then its summary (patients created, updated, unchanged; allergies;
 * conditions; resources skipped by type; problems with their place). Cancelling stops between
 * batches: what was committed stays and is counted in the summary.
 */
public final class ImportViewModel {

    private final PatientImportService imports;
    private final Background background;
    private final Localization localization;
    private final ObservableList<Path> chosen = FXCollections.observableArrayList();
    private final ObservableList<String> summary = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private AtomicBoolean cancelled = new AtomicBoolean();
    private Optional<ImportSummary> last = Optional.empty();

    public ImportViewModel(
            PatientImportService imports, Background background, Localization localization) {
        this.imports = imports;
        this.background = background;
        this.localization = localization;
        status.set(localization.get("import.choose"));
        localization.messagesProperty().addListener((o, old, now) -> last.ifPresent(this::show));
    }

    /** Sets the files and folders to import (a folder means its {@code .json} files). */
    public void choose(List<Path> paths) {
        if (!running.get()) {
            chosen.setAll(paths);
            summary.clear();
            last = Optional.empty();
            status.set(localization.get("import.chosen", paths.size()));
        }
    }

    /** Imports what was chosen, in the background; nothing happens while one runs. */
    public void start() {
        if (running.get() || chosen.isEmpty()) {
            return;
        }
        List<Path> paths = List.copyOf(chosen);
        AtomicBoolean stop = new AtomicBoolean();
        cancelled = stop;
        running.set(true);
        progress.set(-1);
        summary.clear();
        status.set(localization.get("import.running"));
        background.run(
                () -> imports.importFiles(paths, this::reportProgress, stop::get),
                this::finished,
                this::failed);
    }

    /** Asks the running import to stop after its current batch. */
    public void cancel() {
        if (running.get()) {
            cancelled.set(true);
            status.set(localization.get("import.cancelling"));
        }
    }

    private void reportProgress(String file, int done, int total) {
        background.onUiThread(
                () -> {
                    if (running.get() && !cancelled.get()) {
                        progress.set(total == 0 ? 1 : done / (double) total);
                        status.set(localization.get("import.progress", file, done, total));
                    }
                });
    }

    private void finished(ImportSummary result) {
        running.set(false);
        progress.set(1);
        last = Optional.of(result);
        show(result);
    }

    private void failed(Failure failure) {
        running.set(false);
        progress.set(0);
        status.set(failure.message());
    }

    private void show(ImportSummary result) {
        status.set(localization.get(result.cancelled() ? "import.cancelled" : "import.done"));
        summary.setAll(lines(result));
    }

    private List<String> lines(ImportSummary result) {
        List<String> lines = new ArrayList<>();
        lines.add(
                localization.get(
                        "import.summary.totals",
                        result.files(),
                        result.created(),
                        result.updated(),
                        result.unchanged(),
                        result.allergies(),
                        result.conditions(),
                        result.skippedCount(),
                        result.issues().size() + result.failedFiles().size()));
        if (result.cancelled()) {
            lines.add(localization.get("import.summary.cancelled"));
        }
        result.skippedByType()
                .forEach(
                        (type, n) ->
                                lines.add(localization.get("import.summary.skippedType", type, n)));
        result.failedFiles()
                .forEach(
                        failed ->
                                lines.add(
                                        localization.get(
                                                failed.messageKey(),
                                                failed.arguments().toArray())));
        for (ImportIssue issue : result.issues()) {
            lines.add(
                    localization.get(
                            issue.kind().messageKey(),
                            issue.file(),
                            issue.place(),
                            issue.reason()));
        }
        return lines;
    }

    /** The files and folders chosen. */
    public ObservableList<Path> chosen() {
        return FXCollections.unmodifiableObservableList(chosen);
    }

    /** The summary of the last import, one line each, in the current language. */
    public ObservableList<String> summary() {
        return FXCollections.unmodifiableObservableList(summary);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** From 0 to 1 within the current file; negative (indeterminate) before the first batch. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** One line about where the import stands. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The last finished import's summary, for the window and tests. */
    public Optional<ImportSummary> lastSummary() {
        return last;
    }
}
