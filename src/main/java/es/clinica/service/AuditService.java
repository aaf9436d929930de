package es.clinica.service;

import es.clinica.service.port.AuditAction;
import es.clinica.service.port.AuditTrail;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Writes and reads the audit trail. Services call {@link #record} after what they audit (logins,
 * openings of clinical data, notes signed or amended, invoices issued or voided, account changes);
 * an administrator lists who opened one patient's record; the operator's {@code verify-audit}
 * recomputes the chain.
 *
 * <p>What is recorded is who, what, on which subject and a short technical detail (a note's id, an
 * invoice number): never clinical text and never patient data beyond the patient's id.
 */
public final class AuditService {

    /** The subject type of rows about a patient's record. */
    public static final String PATIENT = "patient";

    /** The subject type of rows about a staff account. */
    public static final String ACCOUNT = "account";

    /** The subject type of rows about an invoice. */
    public static final String INVOICE = "invoice";

    private static final int MAX_TEXT = 200;
    private static final Pattern UNSTORABLE = Pattern.compile("[\\p{Cc}\\p{Cs}]");

    private final AuditTrail trail;
    private final AccessControl access;
    private final Clock clock;

    public AuditService(AuditTrail trail, AccessControl access, Clock clock) {
        this.trail = trail;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Appends a row for what {@code actor} just did. Joins the caller's transaction, so the row and
     * the change it records commit together.
     *
     * @param subjectType {@link #PATIENT}, {@link #ACCOUNT}, {@link #INVOICE} or another noun
     * @param subjectId the subject's id
     * @param detail a short technical detail, never clinical text; may be empty
     * @throws UnavailableException when PostgreSQL cannot be reached
     */
    public void record(
            Actor actor, AuditAction action, String subjectType, Object subjectId, String detail) {
        trail.append(
                event(
                        OptionalLong.of(actor.accountId()),
                        actor.username(),
                        action,
                        subjectType,
                        subjectId,
                        detail));
    }

    /** Appends a row for an attempt by nobody known yet (a failed login). */
    void recordUnknown(String typedUsername, AuditAction action, String detail) {
        trail.append(event(OptionalLong.empty(), typedUsername, action, ACCOUNT, "", detail));
    }

    /**
     * Whether a row for this action on this subject, with this detail, is in the trail. For the
     * services' own completion of a row that failed after its change; checks no permission.
     */
    boolean recorded(AuditAction action, String subjectType, Object subjectId, String detail) {
        return trail.findBySubject(subjectType, String.valueOf(subjectId)).stream()
                .map(AuditTrail.Entry::event)
                .anyMatch(event -> event.action() == action && event.detail().equals(detail));
    }

    /**
     * Who opened, signed or amended what in one patient's record, oldest first.
     *
     * @throws AccessDeniedException {@code access.denied} unless the actor administers
     */
    public List<AuditTrail.Entry> accessesToPatient(long patientId) {
        access.require(Permission.ADMINISTRATION);
        return trail.findBySubject(PATIENT, Long.toString(patientId));
    }

    /**
     * Recomputes the whole chain and checks that the newest row anchored outside PostgreSQL is
     * still there with the same hash. For the operator's command line, which runs with the
     * database's credentials and shows only row ids; no session is needed.
     */
    public AuditTrail.Verification verifyChain() {
        return trail.verify();
    }

    private AuditTrail.Event event(
            OptionalLong actorId,
            String username,
            AuditAction action,
            String subjectType,
            Object subjectId,
            String detail) {
        return new AuditTrail.Event(
                clock.instant().truncatedTo(ChronoUnit.MILLIS),
                actorId,
                storable(username),
                action,
                storable(subjectType),
                storable(String.valueOf(subjectId)),
                storable(detail));
    }

    /** Short and free of characters PostgreSQL's text refuses or UTF-8 cannot carry. */
    static String storable(String text) {
        String value = text == null ? "" : text;
        value = value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT) : value;
        return UNSTORABLE.matcher(value).replaceAll("?");
    }
}
