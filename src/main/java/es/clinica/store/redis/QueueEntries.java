package es.clinica.store.redis;

import es.clinica.domain.QueueEntry;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a list of queue entries as Redis holds them. An entry that is not {@code
 * <appointmentId>|<millis>} (written by hand, or by another program sharing the prefix) is skipped
 * with a warning instead of breaking the live board and {@code check}; {@code rebuild-live}
 * rewrites the list from PostgreSQL.
 */
final class QueueEntries {

    private static final Logger LOGGER = LoggerFactory.getLogger(QueueEntries.class);

    private QueueEntries() {}

    static List<QueueEntry> decodeAll(List<String> encoded) {
        List<QueueEntry> entries = new ArrayList<>(encoded.size());
        int skipped = 0;
        for (String text : encoded) {
            try {
                entries.add(QueueEntry.decode(text));
            } catch (IllegalArgumentException e) {
                skipped++;
            }
        }
        if (skipped > 0) {
            LOGGER.warn(
                    "Skipped {} malformed entries of a waiting list; rebuild-live repairs it",
                    skipped);
        }
        return List.copyOf(entries);
    }
}
