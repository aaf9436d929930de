package es.clinica.store.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import es.clinica.domain.Amendment;
import es.clinica.domain.MedicalNote;
import es.clinica.service.ClinicaException;
import es.clinica.service.ConflictException;
import es.clinica.service.NotFoundException;
import es.clinica.service.port.NoteRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Consultation notes in {@code notas_medicas}, {@code _id} = the note's UUID. Every write that must
 * not touch a signed note filters on {@code firmada}, so the rule holds even between two
 * workstations without a transaction.
 */
public final class MongoNoteRepository implements NoteRepository {

    /** The collection's name, as the clinic's design gives it. */
    public static final String COLLECTION = "notas_medicas";

    static final String ALREADY_SIGNED = "note.alreadySigned";
    static final String NOT_SIGNED = "note.notSigned";
    static final String NOT_FOUND = "note.notFound";

    private final MongoStore store;
    private volatile boolean indexed;

    public MongoNoteRepository(MongoStore store) {
        this.store = store;
    }

    @Override
    public void saveDraft(MedicalNote draft) {
        MongoCalls.run("save a draft note", () -> upsertUnsigned(draft));
    }

    private void upsertUnsigned(MedicalNote draft) {
        Bson update =
                Updates.combine(
                        new Document("$set", NoteDocuments.draftFields(draft)),
                        Updates.setOnInsert(
                                NoteDocuments.CREATED, BsonValues.date(draft.createdAt())),
                        Updates.setOnInsert(NoteDocuments.AMENDMENTS, List.of()));
        try {
            collection()
                    .updateOne(unsigned(draft.noteId()), update, new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            // The filter missed a signed note and the upsert hit its _id.
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                throw new ConflictException(ALREADY_SIGNED, null, e);
            }
            throw e;
        }
    }

    @Override
    public MedicalNote sign(String noteId, long doctorId, Instant at) {
        return MongoCalls.call("sign a note", () -> signUnsigned(noteId, doctorId, at));
    }

    private MedicalNote signUnsigned(String noteId, long doctorId, Instant at) {
        Bson update =
                Updates.combine(
                        Updates.set(NoteDocuments.SIGNED, true),
                        Updates.set(NoteDocuments.SIGNED_AT, BsonValues.date(at)),
                        Updates.set(NoteDocuments.SIGNED_BY, doctorId),
                        Updates.set(NoteDocuments.UPDATED, BsonValues.date(at)));
        Document signed = collection().findOneAndUpdate(unsigned(noteId), update, returnAfter());
        if (signed == null) {
            throw missOn(noteId, ALREADY_SIGNED);
        }
        return NoteDocuments.fromDocument(signed);
    }

    @Override
    public MedicalNote amend(String noteId, Amendment amendment) {
        return MongoCalls.call("amend a note", () -> appendToSigned(noteId, amendment));
    }

    private MedicalNote appendToSigned(String noteId, Amendment amendment) {
        Document amended =
                collection()
                        .findOneAndUpdate(
                                and(eq("_id", noteId), eq(NoteDocuments.SIGNED, true)),
                                Updates.addToSet(
                                        NoteDocuments.AMENDMENTS,
                                        NoteDocuments.amendment(amendment)),
                                returnAfter());
        if (amended == null) {
            throw missOn(noteId, NOT_SIGNED);
        }
        return NoteDocuments.fromDocument(amended);
    }

    @Override
    public Optional<MedicalNote> findById(String noteId) {
        return MongoCalls.call(
                "find a note",
                () ->
                        Optional.ofNullable(collection().find(eq("_id", noteId)).first())
                                .map(NoteDocuments::fromDocument));
    }

    @Override
    public List<MedicalNote> findByPatientId(long patientId) {
        return MongoCalls.call(
                "list a patient's notes", () -> newestFirst(eq(NoteDocuments.PATIENT, patientId)));
    }

    @Override
    public List<MedicalNote> findByDoctorId(long doctorId) {
        return MongoCalls.call(
                "list a doctor's notes", () -> newestFirst(eq(NoteDocuments.DOCTOR, doctorId)));
    }

    @Override
    public List<MedicalNote> findByAppointmentId(long appointmentId) {
        return MongoCalls.call(
                "list an appointment's notes",
                () -> newestFirst(eq(NoteDocuments.APPOINTMENT, appointmentId)));
    }

    @Override
    public List<Long> findAllPatientIds() {
        return MongoCalls.call(
                "list note patient ids",
                () -> {
                    List<Long> ids =
                            collection()
                                    .distinct(NoteDocuments.PATIENT, Long.class)
                                    .into(new ArrayList<>());
                    ids.sort(null);
                    return ids;
                });
    }

    private List<MedicalNote> newestFirst(Bson filter) {
        return collection()
                .find(filter)
                .sort(
                        Sorts.orderBy(
                                Sorts.descending(NoteDocuments.CREATED), Sorts.ascending("_id")))
                .map(NoteDocuments::fromDocument)
                .into(new ArrayList<>());
    }

    /** Why a write filtered on the signed flag matched nothing: no note, or the wrong state. */
    private ClinicaException missOn(String noteId, String conflictKey) {
        if (collection().find(eq("_id", noteId)).first() == null) {
            return new NotFoundException(NOT_FOUND);
        }
        return new ConflictException(conflictKey);
    }

    private static Bson unsigned(String noteId) {
        return and(eq("_id", noteId), eq(NoteDocuments.SIGNED, false));
    }

    private static FindOneAndUpdateOptions returnAfter() {
        return new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER);
    }

    private MongoCollection<Document> collection() {
        MongoCollection<Document> notes = store.database().getCollection(COLLECTION);
        if (!indexed) {
            // Created on first use rather than at start-up, so a MongoDB that is down when the
            // workstation starts does not stop it; createIndex is idempotent.
            notes.createIndex(
                    Indexes.compoundIndex(
                            Indexes.ascending(NoteDocuments.PATIENT),
                            Indexes.descending(NoteDocuments.CREATED)));
            notes.createIndex(Indexes.ascending(NoteDocuments.DOCTOR));
            notes.createIndex(Indexes.ascending(NoteDocuments.APPOINTMENT));
            indexed = true;
        }
        return notes;
    }

    @Override
    public int insertAll(List<MedicalNote> notes) {
        if (notes.isEmpty()) {
            return 0;
        }
        return MongoCalls.call("insert notes", () -> insertAllNew(notes));
    }

    private int insertAllNew(List<MedicalNote> notes) {
        List<Document> documents = new ArrayList<>(notes.size());
        for (MedicalNote note : notes) {
            documents.add(NoteDocuments.toDocument(note));
        }
        try {
            collection().insertMany(documents, new InsertManyOptions().ordered(false));
            return documents.size();
        } catch (MongoBulkWriteException e) {
            boolean onlyDuplicates =
                    e.getWriteErrors().stream()
                            .allMatch(
                                    w ->
                                            ErrorCategory.fromErrorCode(w.getCode())
                                                    == ErrorCategory.DUPLICATE_KEY);
            if (!onlyDuplicates) {
                throw e;
            }
            return documents.size() - e.getWriteErrors().size();
        }
    }
}
