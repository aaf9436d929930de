package es.clinica.ui.consultation;

import es.clinica.service.NoteDraft;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A note in progress as the workstation last wrote it to its local journal.
 *
 * @param draft everything typed, with the note's id once the server gave one
 * @param journaledAt when this copy was written, by the workstation's clock
 * @param doctorId the doctor writing it; empty in entries written before it was kept
 */
public record JournalEntry(NoteDraft draft, Instant journaledAt, Optional<Long> doctorId) {

    public JournalEntry {
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(journaledAt, "journaledAt");
        Objects.requireNonNull(doctorId, "doctorId");
    }

    /** An entry that does not say whose it is. */
    public JournalEntry(NoteDraft draft, Instant journaledAt) {
        this(draft, journaledAt, Optional.empty());
    }

    /** Whether this doctor may see it: entries that do not say whose they are are anyone's. */
    public boolean belongsTo(long doctor) {
        return doctorId.map(id -> id == doctor).orElse(true);
    }

    /** The consultation this note belongs to; the journal keeps one entry per appointment. */
    public long appointmentId() {
        return draft.appointmentId();
    }
}
