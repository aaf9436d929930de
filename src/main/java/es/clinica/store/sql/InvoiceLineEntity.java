package es.clinica.store.sql;

import es.clinica.domain.InvoiceLine;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

@Entity
@Table(name = "invoice_lines")
class InvoiceLineEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "invoice_line_id")
    Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "invoice_id")
    InvoiceEntity invoice;

    @Column(name = "line_no")
    int lineNo;

    @Column(name = "service_code")
    String serviceCode;

    String description;

    @Column(precision = 10, scale = 3)
    BigDecimal quantity;

    @Column(name = "unit_price", precision = 12, scale = 2)
    BigDecimal unitPrice;

    @Column(name = "tax_rate", precision = 5, scale = 2)
    BigDecimal taxRate;

    @Column(name = "line_base", precision = 12, scale = 2)
    BigDecimal lineBase;

    @Column(name = "line_tax", precision = 12, scale = 2)
    BigDecimal lineTax;

    @Column(name = "line_total", precision = 12, scale = 2)
    BigDecimal lineTotal;

    static InvoiceLineEntity of(InvoiceEntity invoice, InvoiceLine line) {
        InvoiceLineEntity entity = new InvoiceLineEntity();
        entity.invoice = invoice;
        entity.lineNo = line.lineNo();
        entity.serviceCode = line.serviceCode();
        entity.description = line.description();
        entity.quantity = line.quantity();
        entity.unitPrice = line.unitPrice();
        entity.taxRate = line.taxRate();
        entity.lineBase = line.lineBase();
        entity.lineTax = line.lineTax();
        entity.lineTotal = line.lineTotal();
        return entity;
    }

    InvoiceLine toDomain() {
        return new InvoiceLine(
                lineNo,
                serviceCode,
                description,
                quantity,
                unitPrice,
                taxRate,
                lineBase,
                lineTax,
                lineTotal);
    }
}
