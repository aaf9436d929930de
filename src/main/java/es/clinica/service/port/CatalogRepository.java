package es.clinica.service.port;

import es.clinica.domain.CatalogItem;
import java.util.List;
import java.util.Optional;

/** The service catalog in PostgreSQL; joins the caller's transaction when there is one. */
public interface CatalogRepository {

    /**
     * @throws es.clinica.service.ConflictException {@code catalog.code.duplicate} (field {@code
     *     code})
     */
    CatalogItem create(CatalogItem item);

    /**
     * Replaces name, price, rate and active flag of the item with {@code item.code()}. Invoices
     * already made keep their copied prices.
     *
     * @throws es.clinica.service.NotFoundException {@code catalog.notFound}
     */
    CatalogItem update(CatalogItem item);

    Optional<CatalogItem> findByCode(String code);

    /** All items or only active ones, ordered by name. */
    List<CatalogItem> findAll(boolean activeOnly);
}
