package es.clinica.ui.login;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

/**
 * Shows the password dialog modally over the window while {@link ReloginViewModel#askingProperty}
 * holds, and closes it when it no longer does. The screen below stays as it was.
 */
public final class ReloginDialog {

    private final ReloginViewModel viewModel;
    private final Window owner;
    private final Supplier<Parent> content;
    private final String stylesheet;
    private Optional<Stage> shown = Optional.empty();

    /**
     * @param content loads the dialog's view ({@code ReloginView.fxml}) in the current language
     */
    public ReloginDialog(
            ReloginViewModel viewModel, Window owner, Supplier<Parent> content, String stylesheet) {
        this.viewModel = viewModel;
        this.owner = owner;
        this.content = content;
        this.stylesheet = stylesheet;
        viewModel.askingProperty().addListener((o, was, now) -> toggle(now));
    }

    private void toggle(boolean asking) {
        if (asking && shown.isEmpty()) {
            shown = Optional.of(open());
        } else if (!asking) {
            shown.ifPresent(Stage::close);
            shown = Optional.empty();
        }
    }

    private Stage open() {
        Stage dialog = new Stage(StageStyle.UTILITY);
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(owner instanceof Stage ? ((Stage) owner).getTitle() : "");
        Scene scene = new Scene(content.get());
        scene.getStylesheets().add(stylesheet);
        dialog.setScene(scene);
        // Closing it with the window's button means the same as "log out".
        dialog.setOnCloseRequest(
                event -> {
                    event.consume();
                    viewModel.logout();
                });
        dialog.show();
        return dialog;
    }
}
