package es.clinica.store.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import es.clinica.service.port.AuditAnchor;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;

/**
 * The audit trail's anchor as one document of the {@code auditoria_ancla} collection: {@code _id}
 * {@code audit_log}, {@code audit_id}, {@code row_hash} and {@code anclada} (when it moved). A
 * single-document conditional upsert moves it only forward, so two workstations moving it out of
 * order leave the newer row.
 */
public final class MongoAuditAnchor implements AuditAnchor {

    /** The collection's name. */
    public static final String COLLECTION = "auditoria_ancla";

    private static final String TRAIL = "audit_log";
    private static final String AUDIT_ID = "audit_id";
    private static final String ROW_HASH = "row_hash";
    private static final String ANCHORED = "anclada";

    private final MongoStore store;

    public MongoAuditAnchor(MongoStore store) {
        this.store = store;
    }

    @Override
    public void advance(Head head) {
        MongoCalls.run("move the audit anchor", () -> replaceUnlessNewer(head));
    }

    private void replaceUnlessNewer(Head head) {
        Document anchor =
                new Document("_id", TRAIL)
                        .append(AUDIT_ID, head.auditId())
                        .append(ROW_HASH, head.rowHash())
                        .append(ANCHORED, new Date());
        try {
            collection()
                    .replaceOne(
                            and(eq("_id", TRAIL), lt(AUDIT_ID, head.auditId())),
                            anchor,
                            new ReplaceOptions().upsert(true));
        } catch (MongoWriteException e) {
            // This row or a newer one is anchored: the filter missed it and the upsert hit its _id.
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    @Override
    public Optional<Head> read() {
        Document anchor =
                MongoCalls.call(
                        "read the audit anchor", () -> collection().find(eq("_id", TRAIL)).first());
        if (anchor == null) {
            return Optional.empty();
        }
        return Optional.of(
                new Head(
                        anchor.get(AUDIT_ID, Number.class).longValue(),
                        anchor.getString(ROW_HASH)));
    }

    private MongoCollection<Document> collection() {
        return store.database().getCollection(COLLECTION);
    }
}
