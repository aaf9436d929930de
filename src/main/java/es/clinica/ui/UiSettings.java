package es.clinica.ui;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * What the window needs to know of the workstation's settings, handed over by the composition root
 * through {@link Backend#uiSettings()} so that the window never imports {@code es.clinica.app}.
 *
 * @param journalDirectory where work in progress is journaled on this workstation ({@code
 *     <CLINICA_HOME>/journal}; each screen uses a folder of its own inside, e.g. {@code notes});
 *     empty when nothing may be written to disk (backends of tests that do not need it)
 * @param zone the clinic's time zone, for the times the screens show
 */
public record UiSettings(Optional<Path> journalDirectory, ZoneId zone) {

    public UiSettings {
        Objects.requireNonNull(journalDirectory, "journalDirectory");
        Objects.requireNonNull(zone, "zone");
    }

    /** No journal on disk, times in UTC: for backends that do not say. */
    public static UiSettings defaults() {
        return new UiSettings(Optional.empty(), ZoneOffset.UTC);
    }
}
