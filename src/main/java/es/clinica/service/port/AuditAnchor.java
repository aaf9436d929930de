package es.clinica.service.port;

import java.util.Optional;

/**
 * A copy of the audit trail's newest row (its id and hash) kept outside PostgreSQL, so that
 * removing the newest rows, which leaves a shorter but consistent chain, is still found: the
 * anchored row must be in the trail with the same hash. The anchor is moved after each append
 * commits, so it may lag behind the trail (a crash in between) but is never ahead of it.
 *
 * <p>Every method may throw {@link es.clinica.service.UnavailableException} when its store cannot
 * be reached, and must not be called on the JavaFX thread.
 */
public interface AuditAnchor {

    /**
     * One row of the trail as the anchor remembers it.
     *
     * @param auditId the row's id
     * @param rowHash its {@link AuditChain#rowHash}
     */
    record Head(long auditId, String rowHash) {}

    /** Moves the anchor to this row, unless it already names this row or a newer one. */
    void advance(Head head);

    /** The anchored row; empty when nothing was ever anchored. */
    Optional<Head> read();
}
