package es.clinica.store.sql;

import es.clinica.domain.CatalogItem;
import es.clinica.service.NotFoundException;
import es.clinica.service.port.CatalogRepository;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hibernate.Session;

/** {@link CatalogRepository} on PostgreSQL. */
public final class SqlCatalogRepository implements CatalogRepository {

    private final SqlStore store;

    public SqlCatalogRepository(SqlStore store) {
        this.store = store;
    }

    @Override
    public CatalogItem create(CatalogItem item) {
        return store.inTransaction(
                session -> {
                    CatalogItemEntity entity = new CatalogItemEntity();
                    entity.fill(item);
                    session.persist(entity);
                    session.flush();
                    return entity.toDomain();
                });
    }

    @Override
    public CatalogItem update(CatalogItem item) {
        return store.inTransaction(
                session -> {
                    CatalogItemEntity entity =
                            byCode(session, item.code())
                                    .orElseThrow(
                                            () ->
                                                    new NotFoundException(
                                                            "catalog.notFound", item.code()));
                    entity.fill(item);
                    session.flush();
                    return entity.toDomain();
                });
    }

    @Override
    public Optional<CatalogItem> findByCode(String code) {
        return store.inTransaction(
                session -> byCode(session, code).map(CatalogItemEntity::toDomain));
    }

    @Override
    public List<CatalogItem> findAll(boolean activeOnly) {
        return store.inTransaction(
                session ->
                        session
                                .createSelectionQuery(
                                        "from CatalogItemEntity where active or :all = true"
                                                + " order by name, code",
                                        CatalogItemEntity.class)
                                .setParameter("all", !activeOnly)
                                .getResultList()
                                .stream()
                                .map(CatalogItemEntity::toDomain)
                                .toList());
    }

    private static Optional<CatalogItemEntity> byCode(Session session, String code) {
        return session.createSelectionQuery(
                        "from CatalogItemEntity where code = :code", CatalogItemEntity.class)
                .setParameter("code", code == null ? "" : code.strip().toUpperCase(Locale.ROOT))
                .uniqueResultOptional();
    }
}
