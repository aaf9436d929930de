package es.clinica.ui.fhirimport;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/**
 * Asks the user for FHIR files or a folder. The window uses {@link #system()}; screen tests pass
 * their own, since the system's choosers cannot be driven headless.
 */
public interface ImportChooser {

    /** JSON files picked in a file chooser; empty when the user cancelled. */
    List<Path> files(Window owner);

    /** A folder picked in a directory chooser (its {@code .json} files are imported). */
    Optional<Path> folder(Window owner);

    /** The platform's file and directory choosers. */
    static ImportChooser system() {
        return new SystemImportChooser();
    }
}
