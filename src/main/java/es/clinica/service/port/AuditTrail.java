package es.clinica.service.port;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The append-only audit trail in PostgreSQL ({@code audit_log}). Each row carries the hash of the
 * row before it ({@link AuditChain}), so a row changed or removed behind the application's back is
 * found by {@link #verify()}. Appends are serialized, so the chain is one line even with many
 * workstations. Joins the caller's {@link Transactions} transaction when there is one.
 *
 * <p>Every method may throw {@link es.clinica.service.UnavailableException} when PostgreSQL cannot
 * be reached, and must not be called on the JavaFX thread.
 */
public interface AuditTrail {

    /**
     * Something that happened, before it is stored.
     *
     * @param at when; stored to the millisecond
     * @param actorAccountId the staff account that acted; empty for a failed login of an unknown
     *     name
     * @param actorUsername the account's username, or what was typed (never a password)
     * @param action what happened
     * @param subjectType what it happened to: {@code patient}, {@code account}, {@code invoice}…
     * @param subjectId the subject's id
     * @param detail a short technical detail; never clinical text nor patient data
     */
    record Event(
            Instant at,
            OptionalLong actorAccountId,
            String actorUsername,
            AuditAction action,
            String subjectType,
            String subjectId,
            String detail) {

        public Event {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(action, "action");
            actorAccountId = actorAccountId == null ? OptionalLong.empty() : actorAccountId;
            actorUsername = Objects.requireNonNullElse(actorUsername, "");
            subjectType = Objects.requireNonNullElse(subjectType, "");
            subjectId = Objects.requireNonNullElse(subjectId, "");
            detail = Objects.requireNonNullElse(detail, "");
        }
    }

    /**
     * A stored row.
     *
     * @param auditId its position in the trail
     * @param event what it records
     * @param previousHash the row hash of the row before ({@link AuditChain#GENESIS} for the first)
     * @param rowHash {@link AuditChain#rowHash} of this row
     */
    record Entry(long auditId, Event event, String previousHash, String rowHash) {}

    /** What {@link #verify()} found wrong. */
    enum Breach {
        /** The row's content no longer matches its hash. */
        ROW_CHANGED,
        /** The row does not follow the row stored before it: rows were removed (or re-linked). */
        ROW_REMOVED,
        /** The row the {@link AuditAnchor} names is missing: the newest rows were removed. */
        NEWEST_REMOVED,
        /**
         * The row the {@link AuditAnchor} names has another hash: the newest rows were replaced.
         */
        ANCHOR_MISMATCH
    }

    /**
     * The result of recomputing the chain.
     *
     * @param rowsChecked rows read
     * @param firstBrokenRow the audit id of the first row that fails, when one does
     * @param breach what is wrong with it
     * @param lastRow the id of the newest row read; empty when none was
     * @param anchoredRow the id of the row the {@link AuditAnchor} names; empty when none is
     */
    record Verification(
            long rowsChecked,
            OptionalLong firstBrokenRow,
            Optional<Breach> breach,
            OptionalLong lastRow,
            OptionalLong anchoredRow) {

        /** A result that says nothing of the newest row or the anchor. */
        public Verification(
                long rowsChecked, OptionalLong firstBrokenRow, Optional<Breach> breach) {
            this(rowsChecked, firstBrokenRow, breach, OptionalLong.empty(), OptionalLong.empty());
        }

        public boolean intact() {
            return firstBrokenRow.isEmpty();
        }
    }

    /** Appends the event after the last row, chained to it. */
    Entry append(Event event);

    /** The rows about one subject, oldest first. */
    List<Entry> findBySubject(String subjectType, String subjectId);

    /**
     * Reads the whole trail in order and recomputes every hash and link, then checks that the row
     * the {@link AuditAnchor} names is there with the same hash (the trail may go on past it).
     */
    Verification verify();
}
