package es.clinica.service;

import es.clinica.domain.CatalogItem;
import es.clinica.service.port.CatalogRepository;
import es.clinica.service.port.DomainRules;
import java.math.BigDecimal;
import java.util.List;

/** The clinic's service catalog: billing reads it, the administrator keeps it. */
public final class CatalogService {

    private final AccessControl access;
    private final CatalogRepository catalog;

    public CatalogService(AccessControl access, CatalogRepository catalog) {
        this.access = access;
        this.catalog = catalog;
    }

    /** The services that can be put on new invoices, by name. */
    public List<CatalogItem> active() {
        access.require(Permission.INVOICE_READ);
        return catalog.findAll(true);
    }

    /** Every service, active or not, by name. */
    public List<CatalogItem> all() {
        access.require(Permission.CATALOG_WRITE);
        return catalog.findAll(false);
    }

    /**
     * Adds a service.
     *
     * @throws InvalidInputException {@code catalog.code.invalid}, {@code catalog.name.required},
     *     {@code money.price.negative} (field {@code price}), {@code money.taxRate.invalid}
     * @throws ConflictException {@code catalog.code.duplicate} (field {@code code})
     */
    public CatalogItem create(String code, String name, BigDecimal price, BigDecimal taxRate) {
        access.require(Permission.CATALOG_WRITE);
        return catalog.create(
                DomainRules.valid(() -> new CatalogItem(0, code, name, price, taxRate, true)));
    }

    /**
     * Changes a service's name, price, rate or active flag; invoices already made keep theirs.
     *
     * @throws InvalidInputException as {@link #create}
     * @throws NotFoundException {@code catalog.notFound}
     */
    public CatalogItem update(
            String code, String name, BigDecimal price, BigDecimal taxRate, boolean active) {
        access.require(Permission.CATALOG_WRITE);
        return catalog.update(
                DomainRules.valid(() -> new CatalogItem(0, code, name, price, taxRate, active)));
    }
}
