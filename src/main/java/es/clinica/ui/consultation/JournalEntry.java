package es.clinica.ui.consultation;

import es.clinica.service.NoteDraft;
import java.time.Instant;
import java.util.Objects;

/**
 * A note in progress as the workstation last wrote it to its local journal.
 *
 * @param draft everything typed, with the note's id once the server gave one
 * @param journaledAt when this copy was written, by the workstation's clock
 */
public record JournalEntry(NoteDraft draft, Instant journaledAt) {

    public JournalEntry {
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(journaledAt, "journaledAt");
    }

    /** The consultation this note belongs to; the journal keeps one entry per appointment. */
    public long appointmentId() {
        return draft.appointmentId();
    }
}
