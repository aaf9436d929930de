package es.clinica.store.sql;

import es.clinica.domain.Patient;
import es.clinica.domain.PatientData;
import es.clinica.domain.PatientIdentifier;
import es.clinica.domain.SearchText;
import es.clinica.service.ConflictException;
import es.clinica.service.NotFoundException;
import es.clinica.service.port.PatientRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.hibernate.query.Query;

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
        List<String> words = SearchText.queryWords(query);
        if (words.isEmpty()) {
            return List.of();
        }
        return store.inTransaction(
                session ->
                        searchQuery(session, words)
                                .setMaxResults(Math.max(1, Math.min(limit, MAX_RESULTS)))
                                .getResultList()
                                .stream()
                                .map(PatientEntity::toDomain)
                                .toList());
    }

    private static Query<PatientEntity> searchQuery(Session session, List<String> words) {
        StringBuilder hql = new StringBuilder("from PatientEntity p where 1 = 1");
        for (int i = 0; i < words.size(); i++) {
            hql.append(" and p.searchText like :w").append(i).append(" escape '\\'");
        }
        hql.append(" order by p.firstSurname, p.secondSurname, p.givenNames, p.id");
        Query<PatientEntity> query = session.createQuery(hql.toString(), PatientEntity.class);
        for (int i = 0; i < words.size(); i++) {
            query.setParameter("w" + i, "%" + escapeLike(words.get(i)) + "%");
        }
        return query;
    }

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
