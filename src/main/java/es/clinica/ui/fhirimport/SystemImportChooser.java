package es.clinica.ui.fhirimport;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The platform's choosers; the titles and filter name come from the window's language. */
final class SystemImportChooser implements ImportChooser {

    @Override
    public List<Path> files(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("FHIR JSON", "*.json"));
        List<File> picked = chooser.showOpenMultipleDialog(owner);
        return picked == null
                ? List.of()
                : picked.stream().map(File::toPath).collect(Collectors.toList());
    }

    @Override
    public Optional<Path> folder(Window owner) {
        File picked = new DirectoryChooser().showDialog(owner);
        return Optional.ofNullable(picked).map(File::toPath);
    }
}
