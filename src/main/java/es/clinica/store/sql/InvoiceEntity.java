package es.clinica.store.sql;

import es.clinica.domain.Invoice;
import es.clinica.domain.InvoiceKind;
import es.clinica.domain.InvoiceLine;
import es.clinica.domain.InvoiceStatus;
import es.clinica.domain.InvoiceTotals;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@Entity
@Table(name = "invoices")
class InvoiceEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "invoice_id")
    Long id;

    @Enumerated(EnumType.STRING)
    InvoiceKind kind;

    String series;

    @Column(name = "fiscal_year")
    int fiscalYear;

    Integer number;

    @Column(name = "patient_id")
    long patientId;

    @Column(name = "appointment_id")
    Long appointmentId;

    @Enumerated(EnumType.STRING)
    InvoiceStatus status;

    @Column(name = "corrects_invoice_id")
    Long correctsInvoiceId;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "issued_at")
    Instant issuedAt;

    @Column(name = "base_total", precision = 12, scale = 2)
    BigDecimal baseTotal;

    @Column(name = "tax_total", precision = 12, scale = 2)
    BigDecimal taxTotal;

    @Column(precision = 12, scale = 2)
    BigDecimal total;

    @Version long version;

    @OneToMany(mappedBy = "invoice", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    List<InvoiceLineEntity> lines = new ArrayList<>();

    static InvoiceEntity draft(
            InvoiceKind kind,
            long patientId,
            Long appointmentId,
            String series,
            int year,
            Instant at) {
        InvoiceEntity entity = new InvoiceEntity();
        entity.kind = kind;
        entity.patientId = patientId;
        entity.appointmentId = appointmentId;
        entity.series = series;
        entity.fiscalYear = year;
        entity.status = InvoiceStatus.DRAFT;
        entity.createdAt = at;
        entity.recomputeTotals();
        return entity;
    }

    List<InvoiceLine> domainLines() {
        return lines.stream().map(InvoiceLineEntity::toDomain).toList();
    }

    /** The one place stored totals are set: from the lines, by the domain rule. */
    void recomputeTotals() {
        InvoiceTotals totals = InvoiceTotals.of(domainLines());
        baseTotal = totals.base();
        taxTotal = totals.tax();
        total = totals.total();
    }

    Invoice toDomain() {
        List<InvoiceLine> domainLines = domainLines();
        return new Invoice(
                id,
                kind,
                series,
                fiscalYear,
                Optional.ofNullable(number),
                patientId,
                Optional.ofNullable(appointmentId),
                status,
                Optional.ofNullable(correctsInvoiceId),
                createdAt,
                Optional.ofNullable(issuedAt),
                domainLines,
                InvoiceTotals.of(domainLines));
    }
}
