package es.clinica.ui.fx;

import es.clinica.ui.i18n.Localization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads an FXML view in the current language with its controller from a {@link ViewFactory}. A view
 * is loaded again (with the same view model) when the language changes.
 */
public final class ViewLoader {

    private final Localization localization;
    private final ViewFactory views;

    public ViewLoader(Localization localization, ViewFactory views) {
        this.localization = localization;
        this.views = views;
    }

    /**
     * @param fxml class-path resource, e.g. {@code /es/clinica/ui/main/MainView.fxml}
     * @throws IllegalStateException when the file is missing or broken: a programming error
     */
    public Parent load(String fxml) {
        URL location = ViewLoader.class.getResource(fxml);
        if (location == null) {
            throw new IllegalStateException("No view file " + fxml);
        }
        FXMLLoader loader = new FXMLLoader(location, localization.messages().bundle());
        loader.setControllerFactory(views);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load view " + fxml, e);
        }
    }
}
