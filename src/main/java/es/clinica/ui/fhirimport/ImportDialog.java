package es.clinica.ui.fhirimport;

import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Opens the import window over the main window (File → Import FHIR…). The window cannot be closed
 * while an import runs: cancel first, so the summary always shows what was saved.
 */
public final class ImportDialog {

    private final ImportViewModel viewModel;
    private final Supplier<Parent> content;
    private final String stylesheet;
    private final Supplier<String> title;

    /**
     * @param content loads {@code ImportView.fxml} in the current language
     * @param title the window's title in the current language
     */
    public ImportDialog(
            ImportViewModel viewModel,
            Supplier<Parent> content,
            String stylesheet,
            Supplier<String> title) {
        this.viewModel = viewModel;
        this.content = content;
        this.stylesheet = stylesheet;
        this.title = title;
    }

    /** Shows the import window, owned by {@code owner}. */
    public void open(Window owner) {
        Stage dialog = new Stage();
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(title.get());
        Scene scene = new Scene(content.get());
        scene.getStylesheets().add(stylesheet);
        dialog.setScene(scene);
        dialog.setOnCloseRequest(
                event -> {
                    if (viewModel.runningProperty().get()) {
                        event.consume();
                    }
                });
        dialog.show();
    }
}
