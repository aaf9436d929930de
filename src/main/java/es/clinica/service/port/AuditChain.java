package es.clinica.service.port;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The audit trail's hash chain, written down once: {@code row_hash = sha256(previous_hash ||
 * canonical row)} in lower-case hex. The canonical row lists the row's fields in a fixed order,
 * each as its length in UTF-16 units, a colon and the text, so no two different rows read the same.
 */
public final class AuditChain {

    /** The previous hash of the very first row. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {}

    /** The row hash of a row with this id, event and previous hash. */
    public static String rowHash(long auditId, AuditTrail.Event event, String previousHash) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(previousHash.getBytes(StandardCharsets.US_ASCII));
            sha256.update(canonical(auditId, event).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The fields of a row in their fixed order, unambiguously joined. */
    static String canonical(long auditId, AuditTrail.Event event) {
        StringBuilder row = new StringBuilder();
        field(row, Long.toString(auditId));
        field(row, event.at().truncatedTo(ChronoUnit.MILLIS).toString());
        field(
                row,
                event.actorAccountId().isPresent() ? "" + event.actorAccountId().getAsLong() : "");
        field(row, event.actorUsername());
        field(row, event.action().name());
        field(row, event.subjectType());
        field(row, event.subjectId());
        field(row, event.detail());
        return row.toString();
    }

    private static void field(StringBuilder row, String value) {
        row.append(value.length()).append(':').append(value).append(';');
    }
}
