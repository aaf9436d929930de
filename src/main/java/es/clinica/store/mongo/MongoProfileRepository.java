package es.clinica.store.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lte;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.WriteModel;
import es.clinica.domain.PatientProfile;
import es.clinica.service.port.ProfileRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/** Patients' profiles in the {@code perfiles_pacientes} collection, {@code _id} = patient id. */
public final class MongoProfileRepository implements ProfileRepository {

    /** The collection's name. */
    public static final String COLLECTION = "perfiles_pacientes";

    private final MongoStore store;

    public MongoProfileRepository(MongoStore store) {
        this.store = store;
    }

    @Override
    public boolean save(PatientProfile profile) {
        return MongoCalls.call("save a profile", () -> replaceUnlessNewer(profile));
    }

    private boolean replaceUnlessNewer(PatientProfile profile) {
        try {
            collection()
                    .replaceOne(
                            and(
                                    eq("_id", profile.patientId()),
                                    lte(ProfileDocuments.VERSION, profile.version())),
                            ProfileDocuments.toDocument(profile),
                            new ReplaceOptions().upsert(true));
            return true;
        } catch (MongoWriteException e) {
            // A newer version is stored: the filter missed it and the upsert hit its _id.
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public int saveAll(List<PatientProfile> profiles) {
        if (profiles.isEmpty()) {
            return 0;
        }
        return MongoCalls.call("save profiles", () -> replaceAllUnlessNewer(profiles));
    }

    private int replaceAllUnlessNewer(List<PatientProfile> profiles) {
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (PatientProfile profile : profiles) {
            writes.add(
                    new ReplaceOneModel<>(
                            and(
                                    eq("_id", profile.patientId()),
                                    lte(ProfileDocuments.VERSION, profile.version())),
                            ProfileDocuments.toDocument(profile),
                            new ReplaceOptions().upsert(true)));
        }
        try {
            collection().bulkWrite(writes, new BulkWriteOptions().ordered(false));
            return profiles.size();
        } catch (MongoBulkWriteException e) {
            // Duplicate keys are newer versions already stored, as in save(); anything else is not.
            boolean onlyNewer =
                    e.getWriteErrors().stream()
                            .allMatch(
                                    w ->
                                            ErrorCategory.fromErrorCode(w.getCode())
                                                    == ErrorCategory.DUPLICATE_KEY);
            if (!onlyNewer) {
                throw e;
            }
            return profiles.size() - e.getWriteErrors().size();
        }
    }

    @Override
    public int insertAll(List<PatientProfile> profiles) {
        if (profiles.isEmpty()) {
            return 0;
        }
        return MongoCalls.call("insert profiles", () -> insertAllNew(profiles));
    }

    private int insertAllNew(List<PatientProfile> profiles) {
        List<Document> documents = new ArrayList<>(profiles.size());
        for (PatientProfile profile : profiles) {
            documents.add(ProfileDocuments.toDocument(profile));
        }
        try {
            collection().insertMany(documents, new InsertManyOptions().ordered(false));
            return documents.size();
        } catch (MongoBulkWriteException e) {
            if (!onlyDuplicateKeys(e)) {
                throw e;
            }
            return documents.size() - e.getWriteErrors().size();
        }
    }

    private static boolean onlyDuplicateKeys(MongoBulkWriteException e) {
        return e.getWriteErrors().stream()
                .allMatch(
                        w ->
                                ErrorCategory.fromErrorCode(w.getCode())
                                        == ErrorCategory.DUPLICATE_KEY);
    }

    @Override
    public Optional<PatientProfile> findByPatientId(long patientId) {
        return MongoCalls.call(
                "find a profile",
                () ->
                        Optional.ofNullable(collection().find(eq("_id", patientId)).first())
                                .map(ProfileDocuments::fromDocument));
    }

    @Override
    public List<Long> findAllPatientIds() {
        return MongoCalls.call(
                "list profile ids",
                () ->
                        collection()
                                .find()
                                .projection(Projections.include("_id"))
                                .sort(Sorts.ascending("_id"))
                                .map(d -> d.getLong("_id"))
                                .into(new ArrayList<>()));
    }

    private MongoCollection<Document> collection() {
        return store.database().getCollection(COLLECTION);
    }
}
