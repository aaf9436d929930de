package es.clinica.store.sql;

import es.clinica.domain.Invoice;
import es.clinica.domain.InvoiceKind;
import es.clinica.domain.InvoiceLine;
import es.clinica.domain.InvoiceLineRequest;
import es.clinica.domain.InvoiceStatus;
import es.clinica.service.ConflictException;
import es.clinica.service.InvalidInputException;
import es.clinica.service.NotFoundException;
import es.clinica.service.port.InvoiceRepository;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;

/**
 * {@link InvoiceRepository} on PostgreSQL. A number is taken from {@code invoice_counters} under
 * its row lock; the database's triggers refuse any number that is not the counter's next one.
 */
public final class SqlInvoiceRepository implements InvoiceRepository {

    private final SqlStore store;

    public SqlInvoiceRepository(SqlStore store) {
        this.store = store;
    }

    @Override
    public Invoice createDraft(
            long patientId, Long appointmentId, String series, int year, Instant at) {
        return store.inTransaction(
                session -> {
                    InvoiceEntity entity =
                            InvoiceEntity.draft(
                                    InvoiceKind.INVOICE,
                                    patientId,
                                    appointmentId,
                                    series,
                                    year,
                                    at);
                    session.persist(entity);
                    session.flush();
                    return entity.toDomain();
                });
    }

    @Override
    public Optional<Invoice> findById(long invoiceId) {
        return store.inTransaction(
                session ->
                        Optional.ofNullable(session.find(InvoiceEntity.class, invoiceId))
                                .map(InvoiceEntity::toDomain));
    }

    @Override
    public List<Invoice> findByPatient(long patientId) {
        return store.inTransaction(
                session ->
                        session
                                .createSelectionQuery(
                                        "from InvoiceEntity where patientId = :patient"
                                                + " order by createdAt desc, id desc",
                                        InvoiceEntity.class)
                                .setParameter("patient", patientId)
                                .getResultList()
                                .stream()
                                .map(InvoiceEntity::toDomain)
                                .toList());
    }

    @Override
    public List<Invoice> findDatedBetween(Instant from, Instant to) {
        return store.inTransaction(
                session ->
                        session
                                .createSelectionQuery(
                                        "from InvoiceEntity where coalesce(issuedAt, createdAt)"
                                                + " >= :from and coalesce(issuedAt, createdAt)"
                                                + " < :to order by coalesce(issuedAt, createdAt)"
                                                + " desc, id desc",
                                        InvoiceEntity.class)
                                .setParameter("from", from)
                                .setParameter("to", to)
                                .getResultList()
                                .stream()
                                .map(InvoiceEntity::toDomain)
                                .toList());
    }

    @Override
    public Invoice addLine(long invoiceId, InvoiceLineRequest line) {
        return store.inTransaction(
                session -> {
                    InvoiceEntity invoice = lockDraft(session, invoiceId);
                    int next = invoice.lines.stream().mapToInt(l -> l.lineNo).max().orElse(0) + 1;
                    invoice.lines.add(
                            InvoiceLineEntity.of(invoice, InvoiceLine.compute(next, line)));
                    invoice.recomputeTotals();
                    session.flush();
                    return invoice.toDomain();
                });
    }

    @Override
    public Invoice removeLine(long invoiceId, int lineNo) {
        return store.inTransaction(
                session -> {
                    InvoiceEntity invoice = lockDraft(session, invoiceId);
                    if (!invoice.lines.removeIf(l -> l.lineNo == lineNo)) {
                        throw new NotFoundException(
                                "invoice.line.notFound", "lineNo", null, lineNo);
                    }
                    invoice.recomputeTotals();
                    session.flush();
                    return invoice.toDomain();
                });
    }

    @Override
    public Invoice issue(long invoiceId, Instant issuedAt) {
        return store.inTransaction(
                session -> {
                    InvoiceEntity invoice = lockDraft(session, invoiceId);
                    if (invoice.lines.isEmpty()) {
                        throw new InvalidInputException("invoice.empty", "lines", null);
                    }
                    number(session, invoice, issuedAt);
                    return invoice.toDomain();
                });
    }

    @Override
    public Invoice voidWithCreditNote(long invoiceId, String series, int year, Instant issuedAt) {
        return store.inTransaction(
                session -> {
                    InvoiceEntity invoice = lock(session, invoiceId);
                    if (invoice.status != InvoiceStatus.ISSUED
                            || invoice.kind != InvoiceKind.INVOICE) {
                        throw new ConflictException("invoice.notIssued", invoice.status);
                    }
                    InvoiceEntity note = creditNoteOf(invoice, series, year, issuedAt);
                    session.persist(note);
                    session.flush();
                    number(session, note, issuedAt);
                    invoice.status = InvoiceStatus.VOIDED;
                    session.flush();
                    return note.toDomain();
                });
    }

    private static InvoiceEntity creditNoteOf(
            InvoiceEntity invoice, String series, int year, Instant at) {
        InvoiceEntity note =
                InvoiceEntity.draft(
                        InvoiceKind.CREDIT_NOTE,
                        invoice.patientId,
                        invoice.appointmentId,
                        series,
                        year,
                        at);
        note.correctsInvoiceId = invoice.id;
        for (InvoiceLineEntity line : invoice.lines) {
            note.lines.add(InvoiceLineEntity.of(note, line.toDomain()));
        }
        note.recomputeTotals();
        return note;
    }

    /** Takes the next number of the draft's series and year under the counter's row lock. */
    private static void number(Session session, InvoiceEntity draft, Instant issuedAt) {
        session.createNativeMutationQuery(
                        "INSERT INTO invoice_counters (series, fiscal_year) VALUES (:s, :y)"
                                + " ON CONFLICT DO NOTHING")
                .setParameter("s", draft.series)
                .setParameter("y", draft.fiscalYear)
                .executeUpdate();
        Integer next =
                session.createNativeQuery(
                                "SELECT last_number + 1 FROM invoice_counters"
                                        + " WHERE series = :s AND fiscal_year = :y FOR UPDATE",
                                Integer.class)
                        .setParameter("s", draft.series)
                        .setParameter("y", draft.fiscalYear)
                        .getSingleResult();
        draft.number = next;
        draft.status = InvoiceStatus.ISSUED;
        draft.issuedAt = issuedAt;
        session.flush();
    }

    @Override
    public void deleteDraft(long invoiceId) {
        store.inTransaction(
                session -> {
                    session.remove(lockDraft(session, invoiceId));
                    session.flush();
                    return null;
                });
    }

    @Override
    public Map<String, BigDecimal> invoicedQuantityByService() {
        List<Object[]> rows =
                store.inTransaction(
                        session ->
                                session.createNativeQuery(
                                                "SELECT l.service_code, SUM(CASE WHEN i.kind ="
                                                        + " 'CREDIT_NOTE' THEN -l.quantity ELSE"
                                                        + " l.quantity END) AS net"
                                                        + " FROM invoice_lines l JOIN invoices i"
                                                        + " ON i.invoice_id = l.invoice_id"
                                                        + " WHERE i.status <> 'DRAFT'"
                                                        + " GROUP BY l.service_code"
                                                        + " HAVING SUM(CASE WHEN i.kind ="
                                                        + " 'CREDIT_NOTE' THEN -l.quantity ELSE"
                                                        + " l.quantity END) <> 0"
                                                        + " ORDER BY net DESC, l.service_code",
                                                Object[].class)
                                        .getResultList());
        Map<String, BigDecimal> result = new LinkedHashMap<>();
        rows.forEach(row -> result.put((String) row[0], (BigDecimal) row[1]));
        return result;
    }

    private static InvoiceEntity lockDraft(Session session, long invoiceId) {
        InvoiceEntity invoice = lock(session, invoiceId);
        if (invoice.status != InvoiceStatus.DRAFT) {
            throw new ConflictException("invoice.notDraft", invoice.status);
        }
        return invoice;
    }

    private static InvoiceEntity lock(Session session, long invoiceId) {
        InvoiceEntity invoice =
                session.find(InvoiceEntity.class, invoiceId, LockModeType.PESSIMISTIC_WRITE);
        if (invoice == null) {
            throw new NotFoundException("invoice.notFound", invoiceId);
        }
        return invoice;
    }

    @Override
    public int insertIssued(List<Invoice> invoices) {
        return store.inTransaction(
                session -> {
                    session.flush();
                    return session.doReturningWork(c -> InvoiceRows.insertIssued(c, invoices));
                });
    }
}
