package es.clinica.ui;

import java.nio.file.Path;
import java.time.Duration;
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
 * @param liveInterval how often the live panel reads the board
 */
public record UiSettings(Optional<Path> journalDirectory, ZoneId zone, Duration liveInterval) {

    /** How often the live panel reads the board unless the workstation's settings say. */
    public static final Duration DEFAULT_LIVE_INTERVAL = Duration.ofSeconds(1);

    public UiSettings {
        Objects.requireNonNull(journalDirectory, "journalDirectory");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(liveInterval, "liveInterval");
    }

    /** With the live panel's default interval. */
    public UiSettings(Optional<Path> journalDirectory, ZoneId zone) {
        this(journalDirectory, zone, DEFAULT_LIVE_INTERVAL);
    }

    /** No journal on disk, times in UTC: for backends that do not say. */
    public static UiSettings defaults() {
        return new UiSettings(Optional.empty(), ZoneOffset.UTC);
    }
}
