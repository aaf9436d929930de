package es.clinica.store.sql;

import es.clinica.domain.CatalogItem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

@Entity
@Table(name = "catalog_services")
class CatalogItemEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "catalog_service_id")
    Long id;

    String code;

    String name;

    @Column(precision = 12, scale = 2)
    BigDecimal price;

    @Column(name = "tax_rate", precision = 5, scale = 2)
    BigDecimal taxRate;

    boolean active;

    void fill(CatalogItem item) {
        code = item.code();
        name = item.name();
        price = item.price();
        taxRate = item.taxRate();
        active = item.active();
    }

    CatalogItem toDomain() {
        return new CatalogItem(id, code, name, price, taxRate, active);
    }
}
