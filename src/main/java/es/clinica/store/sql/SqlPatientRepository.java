package es.clinica.store.sql;

import es.clinica.domain.Patient;
import es.clinica.domain.PatientData;
import es.clinica.domain.PatientIdentifier;
import es.clinica.domain.PatientQuery;
import es.clinica.service.ConflictException;
import es.clinica.service.NotFoundException;
import es.clinica.service.port.PatientRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

/** {@link PatientRepository} on PostgreSQL. */
public final class SqlPatientRepository implements PatientRepository {

    private static final int MAX_RESULTS = 500;

    private final SqlStore store;
    private final Clock clock;

    public SqlPatientRepository(SqlStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Patient create(PatientData data) {
        return store.inTransaction(
                session -> {
                    PatientEntity entity = new PatientEntity();
                    entity.fill(data);
                    entity.createdAt = now();
                    entity.updatedAt = entity.createdAt;
                    session.persist(entity);
                    session.flush();
                    return entity.toDomain();
                });
    }

    @Override
    public List<Patient> createAll(List<PatientData> data) {
        Instant now = now();
        return store.inTransaction(
                session -> {
                    // Rows this transaction persisted through Hibernate go first, as before.
                    session.flush();
                    return session.doReturningWork(c -> PatientRows.insert(c, data, now));
                });
    }

    @Override
    public Patient update(long patientId, PatientData data) {
        return store.inTransaction(
                session -> {
                    PatientEntity entity = load(session, patientId);
                    entity.fill(data);
                    entity.updatedAt = now();
                    session.flush();
                    return entity.toDomain();
                });
    }

    @Override
    public Optional<Patient> findById(long patientId) {
        return store.inTransaction(
                session ->
                        Optional.ofNullable(session.find(PatientEntity.class, patientId))
                                .map(PatientEntity::toDomain));
    }

    @Override
    public Optional<Patient> findByNationalId(String nationalId) {
        return store.inTransaction(
                session ->
                        session.createSelectionQuery(
                                        "from PatientEntity where nationalId = :id",
                                        PatientEntity.class)
                                .setParameter("id", nationalId)
                                .uniqueResultOptional()
                                .map(PatientEntity::toDomain));
    }

    @Override
    public List<Patient> search(String query, int limit) {
        PatientQuery parsed = PatientQuery.parse(query);
        if (parsed.kind() == PatientQuery.Kind.NONE) {
            return List.of();
        }
        return store.inTransaction(
                session ->
                        searchQuery(session, parsed)
                                .setMaxResults(Math.max(1, Math.min(limit, MAX_RESULTS)))
                                .getResultList()
                                .stream()
                                .map(PatientEntity::toDomain)
                                .toList());
    }

    private static NativeQuery<PatientEntity> searchQuery(Session session, PatientQuery query) {
        List<String> words = query.words();
        String where;
        switch (query.kind()) {
            case PHONE:
                where =
                        "(reverse(phone_digits) LIKE :w0 AND phone_digits <> '')"
                                + " OR national_id LIKE :w1";
                return ordered(session, where)
                        .setParameter("w0", new StringBuilder(words.get(0)).reverse() + "%")
                        .setParameter("w1", escapeLike(words.get(0)) + "%");
            case NATIONAL_ID:
                return ordered(session, "national_id LIKE :w0")
                        .setParameter("w0", escapeLike(words.get(0)) + "%");
            default:
                return nameQuery(session, words);
        }
    }

    private static NativeQuery<PatientEntity> nameQuery(Session session, List<String> words) {
        StringBuilder where = new StringBuilder("true");
        for (int i = 0; i < words.size(); i++) {
            where.append(" AND search_text LIKE :w").append(i);
        }
        NativeQuery<PatientEntity> query = ordered(session, where.toString());
        for (int i = 0; i < words.size(); i++) {
            query.setParameter("w" + i, "%" + escapeLike(words.get(i)) + "%");
        }
        return query;
    }

    private static NativeQuery<PatientEntity> ordered(Session session, String where) {
        return session.createNativeQuery(
                "SELECT * FROM patients WHERE "
                        + where
                        + " ORDER BY first_surname, second_surname, given_names, patient_id",
                PatientEntity.class);
    }

    /** PostgreSQL's LIKE escapes with a backslash by default. */
    private static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @Override
    public void addIdentifier(long patientId, PatientIdentifier identifier) {
        store.inTransaction(
                session -> {
                    Optional<Long> owner = ownerOf(session, identifier);
                    if (owner.isPresent() && owner.get() != patientId) {
                        throw new ConflictException(
                                "patient.identifier.duplicate", "identifier", null);
                    }
                    if (owner.isEmpty()) {
                        PatientIdentifierEntity entity = new PatientIdentifierEntity();
                        entity.patientId = patientId;
                        entity.system = identifier.system();
                        entity.value = identifier.value();
                        session.persist(entity);
                    }
                    return null;
                });
    }

    private static Optional<Long> ownerOf(Session session, PatientIdentifier identifier) {
        return session.createSelectionQuery(
                        "select i.patientId from PatientIdentifierEntity i"
                                + " where i.system = :system and i.value = :value",
                        Long.class)
                .setParameter("system", identifier.system())
                .setParameter("value", identifier.value())
                .uniqueResultOptional();
    }

    @Override
    public Optional<Patient> findByIdentifier(PatientIdentifier identifier) {
        return store.inTransaction(
                session ->
                        ownerOf(session, identifier)
                                .map(id -> session.find(PatientEntity.class, id))
                                .map(PatientEntity::toDomain));
    }

    @Override
    public List<PatientIdentifier> identifiersOf(long patientId) {
        return store.inTransaction(
                session ->
                        session
                                .createSelectionQuery(
                                        "from PatientIdentifierEntity where patientId = :id"
                                                + " order by id",
                                        PatientIdentifierEntity.class)
                                .setParameter("id", patientId)
                                .getResultList()
                                .stream()
                                .map(PatientIdentifierEntity::toDomain)
                                .toList());
    }

    @Override
    public boolean exists(long patientId) {
        return findById(patientId).isPresent();
    }

    @Override
    public long count() {
        return store.inTransaction(
                session ->
                        session.createSelectionQuery(
                                        "select count(*) from PatientEntity", Long.class)
                                .getSingleResult());
    }

    private static PatientEntity load(Session session, long patientId) {
        PatientEntity entity = session.find(PatientEntity.class, patientId);
        if (entity == null) {
            throw new NotFoundException("patient.notFound", patientId);
        }
        return entity;
    }

    private Instant now() {
        return clock.instant();
    }
}
