package es.clinica.store.sql;

import es.clinica.domain.Role;
import es.clinica.domain.StaffAccount;
import es.clinica.service.NotFoundException;
import es.clinica.service.port.StaffAccountRepository;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

/** {@link StaffAccountRepository} on PostgreSQL. */
public final class SqlStaffAccountRepository implements StaffAccountRepository {

    private final SqlStore store;
    private final Clock clock;

    public SqlStaffAccountRepository(SqlStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public StaffAccount create(StaffAccount account) {
        return store.inTransaction(
                session -> {
                    StaffAccountEntity entity = new StaffAccountEntity();
                    entity.fill(account);
                    entity.createdAt = clock.instant();
                    entity.updatedAt = entity.createdAt;
                    session.persist(entity);
                    session.flush();
                    return entity.toDomain();
                });
    }

    @Override
    public Optional<StaffAccount> findByUsername(String username) {
        return store.inTransaction(
                session ->
                        session.createSelectionQuery(
                                        "from StaffAccountEntity where lower(username) = :name",
                                        StaffAccountEntity.class)
                                .setParameter("name", StaffAccount.usernameKey(username))
                                .uniqueResultOptional()
                                .map(StaffAccountEntity::toDomain));
    }

    @Override
    public Optional<StaffAccount> findById(long accountId) {
        return store.inTransaction(
                session ->
                        Optional.ofNullable(session.find(StaffAccountEntity.class, accountId))
                                .map(StaffAccountEntity::toDomain));
    }

    @Override
    public List<StaffAccount> findAll() {
        return store.inTransaction(
                session ->
                        session
                                .createSelectionQuery(
                                        "from StaffAccountEntity order by lower(username)",
                                        StaffAccountEntity.class)
                                .getResultList()
                                .stream()
                                .map(StaffAccountEntity::toDomain)
                                .toList());
    }

    @Override
    public void updatePasswordHash(long accountId, String passwordHash) {
        store.inTransaction(
                session -> {
                    StaffAccountEntity entity = load(session, accountId);
                    entity.passwordHash = passwordHash;
                    entity.updatedAt = clock.instant();
                    return null;
                });
    }

    @Override
    public void setActive(long accountId, boolean active) {
        store.inTransaction(
                session -> {
                    StaffAccountEntity entity = load(session, accountId);
                    entity.active = active;
                    entity.updatedAt = clock.instant();
                    return null;
                });
    }

    @Override
    public StaffAccount update(StaffAccount account) {
        return store.inTransaction(
                session -> {
                    StaffAccountEntity entity = load(session, account.id());
                    entity.fill(account);
                    entity.updatedAt = clock.instant();
                    session.flush();
                    return entity.toDomain();
                });
    }

    @Override
    public long countActive(Role role) {
        return store.inTransaction(
                session ->
                        session.createSelectionQuery(
                                        "select count(*) from StaffAccountEntity"
                                                + " where active and role = :role",
                                        Long.class)
                                .setParameter("role", role)
                                .getSingleResult());
    }

    private static StaffAccountEntity load(Session session, long accountId) {
        StaffAccountEntity entity = session.find(StaffAccountEntity.class, accountId);
        if (entity == null) {
            throw new NotFoundException("account.notFound", accountId);
        }
        return entity;
    }
}
