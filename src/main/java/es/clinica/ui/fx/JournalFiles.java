package es.clinica.ui.fx;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The file format of the local journal: one {@link Properties} file (UTF-8) per entry, replaced
 * atomically, so a reader sees the old entry or the new one, never half of one. A temporary file
 * left by a crash starts with a dot and ends in {@code .tmp}; readers ignore it and the next write
 * replaces the entry anyway.
 */
public final class JournalFiles {

    private static final Logger LOGGER = LoggerFactory.getLogger(JournalFiles.class);

    private JournalFiles() {}

    /**
     * Writes {@code properties} to {@code target} through a temporary file in the same folder,
     * creating the folder when needed.
     *
     * @throws IOException when the disk refuses; the previous entry stays
     */
    public static void replace(Path target, Properties properties) throws IOException {
        Path folder = target.getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + target.getFileName() + "-", ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                properties.store(out, null);
            }
            moveIntoPlace(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * The entry in {@code file}; empty when there is none. An unreadable entry is logged and
     * reported absent.
     */
    public static Optional<Properties> read(Path file) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
            return Optional.of(properties);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            LOGGER.warn("A local journal entry cannot be read", e);
            return Optional.empty();
        }
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(
                    temporary,
                    target,
                    StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            LOGGER.warn("This file system cannot replace a journal entry atomically", e);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
