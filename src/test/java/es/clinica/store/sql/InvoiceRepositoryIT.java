package es.clinica.store.sql;

import static es.clinica.store.sql.SqlFixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import es.clinica.domain.Invoice;
import es.clinica.domain.InvoiceKind;
import es.clinica.domain.InvoiceLine;
import es.clinica.domain.InvoiceLineRequest;
import es.clinica.domain.InvoiceStatus;
import es.clinica.domain.InvoiceTotals;
import es.clinica.service.ConflictException;
import es.clinica.service.InvalidInputException;
import es.clinica.testsupport.TestStores;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InvoiceRepositoryIT {

    private static final Instant NOW = CLOCK.instant();

    private final SqlStore store = TestStores.get().freshPostgres();
    private final SqlPatientRepository patients = new SqlPatientRepository(store, CLOCK);
    private final SqlCatalogRepository catalog = new SqlCatalogRepository(store);
    private final SqlInvoiceRepository invoices = new SqlInvoiceRepository(store);
    private final long patient = SqlFixtures.storedPatient(patients).id();

    @AfterEach
    void close() {
        store.close();
    }

    private Invoice draft() {
        return invoices.createDraft(patient, null, Invoice.INVOICE_SERIES, 2026, NOW);
    }

    private InvoiceLineRequest service(String code, String quantity) {
        return InvoiceLineRequest.of(
                catalog.findByCode(code).orElseThrow(), new BigDecimal(quantity));
    }

    private Invoice issuedWith(String code, String quantity) {
        Invoice draft = draft();
        invoices.addLine(draft.id(), service(code, quantity));
        return invoices.issue(draft.id(), NOW);
    }

    @Test
    void totalsWithSeveralRatesAndQuantitiesAreExactToTheCent() {
        Invoice draft = draft();
        invoices.addLine(draft.id(), service("CONS-MG", "1"));
        invoices.addLine(draft.id(), service("MAT-CURA", "3"));
        invoices.addLine(draft.id(), service("CERT-MED", "1"));
        invoices.addLine(
                draft.id(),
                new InvoiceLineRequest(
                        "MAT-CURA",
                        "Apósito pequeño",
                        new BigDecimal("7"),
                        new BigDecimal("0.35"),
                        new BigDecimal("21")));

        Invoice issued = invoices.issue(draft.id(), NOW);

        // 45.00 @0% ; 3 x 6.50 = 19.50 @10% -> 1.95 ; 30.00 @21% -> 6.30 ; 7 x 0.35 = 2.45 @21% ->
        // 0.51
        assertThat(issued.lines())
                .extracting(InvoiceLine::lineTotal)
                .containsExactly(
                        new BigDecimal("45.00"), new BigDecimal("21.45"),
                        new BigDecimal("36.30"), new BigDecimal("2.96"));
        InvoiceTotals totals = issued.totals();
        assertThat(totals.base()).isEqualByComparingTo("96.95");
        assertThat(totals.tax()).isEqualByComparingTo("8.76");
        assertThat(totals.total()).isEqualByComparingTo("105.71");
        assertThat(totals.byRate().get(new BigDecimal("21.00")).tax()).isEqualByComparingTo("6.81");
        assertThat(totals.byRate().get(new BigDecimal("0.00")).base())
                .isEqualByComparingTo("45.00");
        assertThat(storedTotal(issued.id())).isEqualByComparingTo("105.71");
        assertThat(issued.displayNumber()).contains("F-2026-000001");
    }

    private BigDecimal storedTotal(long invoiceId) {
        return store.inTransaction(
                session ->
                        session.createNativeQuery(
                                        "SELECT total FROM invoices WHERE invoice_id = :id",
                                        BigDecimal.class)
                                .setParameter("id", invoiceId)
                                .getSingleResult());
    }

    @Test
    void removingALineRecomputesTotalsAndIssuedInvoicesAreFrozen() {
        Invoice draft = draft();
        invoices.addLine(draft.id(), service("CONS-MG", "1"));
        invoices.addLine(draft.id(), service("ECG", "1"));

        Invoice afterRemoval = invoices.removeLine(draft.id(), 1);
        assertThat(afterRemoval.totals().total()).isEqualByComparingTo("40.00");
        assertThat(afterRemoval.lines()).extracting(InvoiceLine::lineNo).containsExactly(2);

        invoices.issue(draft.id(), NOW);
        assertThatThrownBy(() -> invoices.addLine(draft.id(), service("ECG", "1")))
                .isInstanceOf(ConflictException.class)
                .hasMessage("invoice.notDraft");
        assertThatThrownBy(() -> invoices.issue(draft.id(), NOW)).hasMessage("invoice.notDraft");
    }

    @Test
    void emptyInvoiceIsNotIssued() {
        Invoice draft = draft();

        assertThatThrownBy(() -> invoices.issue(draft.id(), NOW))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("invoice.empty"));
        assertThat(invoices.findById(draft.id()).orElseThrow().number()).isEmpty();
    }

    @Test
    void twoThreadsIssuingGetConsecutiveNumbersWithoutGapOrRepeat() throws Exception {
        int count = 8;
        List<Long> drafts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Invoice draft = draft();
            invoices.addLine(draft.id(), service("CONS-MG", "1"));
            drafts.add(draft.id());
        }
        List<Callable<List<Integer>>> issuers =
                List.of(
                        issuing(drafts.subList(0, count / 2)),
                        issuing(drafts.subList(count / 2, count)));

        List<Object> outcomes = AppointmentRepositoryIT.raceAll(issuers);

        List<Integer> numbers = new ArrayList<>();
        outcomes.forEach(o -> numbers.addAll(castNumbers(o)));
        assertThat(numbers)
                .containsExactlyInAnyOrderElementsOf(
                        IntStream.rangeClosed(1, count).boxed().toList());
    }

    @SuppressWarnings("unchecked")
    private static List<Integer> castNumbers(Object outcome) {
        assertThat(outcome).isInstanceOf(List.class);
        return (List<Integer>) outcome;
    }

    private Callable<List<Integer>> issuing(List<Long> ids) {
        return () -> {
            List<Integer> numbers = new ArrayList<>();
            for (long id : ids) {
                numbers.add(invoices.issue(id, NOW).number().orElseThrow());
            }
            return numbers;
        };
    }

    @Test
    void databaseRefusesAGapOrARepeatWrittenDirectly() throws SQLException {
        Invoice first = issuedWith("CONS-MG", "1");
        String insert =
                "INSERT INTO invoices (kind, series, fiscal_year, number, patient_id, status,"
                        + " created_at, issued_at) VALUES ('INVOICE', 'F', 2026, ?, ?, 'ISSUED',"
                        + " now(), now())";

        try (Connection connection = store.dataSource().getConnection()) {
            assertThatThrownBy(() -> insertNumbered(connection, insert, 3))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("not the next one");
            assertThatThrownBy(() -> insertNumbered(connection, insert, 1))
                    .isInstanceOf(SQLException.class);
            try (Statement statement = connection.createStatement()) {
                assertThatThrownBy(
                                () ->
                                        statement.executeUpdate(
                                                "UPDATE invoice_counters SET last_number = 5"))
                        .isInstanceOf(SQLException.class);
                assertThatThrownBy(
                                () ->
                                        statement.executeUpdate(
                                                "DELETE FROM invoices WHERE invoice_id = "
                                                        + first.id()))
                        .isInstanceOf(SQLException.class);
                assertThatThrownBy(
                                () ->
                                        statement.executeUpdate(
                                                "UPDATE invoices SET number = 7 WHERE invoice_id = "
                                                        + first.id()))
                        .isInstanceOf(SQLException.class);
            }
        }
        assertThat(issuedWith("ECG", "1").number()).contains(2);
    }

    private void insertNumbered(Connection connection, String sql, int number) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, number);
            statement.setLong(2, patient);
            statement.executeUpdate();
        }
    }

    @Test
    void voidingIssuesACreditNoteInItsOwnSeriesAndTheRankingTakesItBack() {
        Invoice voided = issuedWith("ECG", "2");
        issuedWith("ECG", "1");
        issuedWith("CONS-MG", "1");
        Invoice draftOnly = draft();
        invoices.addLine(draftOnly.id(), service("CONS-MG", "5"));

        Invoice note =
                invoices.voidWithCreditNote(voided.id(), Invoice.CREDIT_NOTE_SERIES, 2026, NOW);

        assertThat(note.kind()).isEqualTo(InvoiceKind.CREDIT_NOTE);
        assertThat(note.displayNumber()).contains("R-2026-000001");
        assertThat(note.correctsInvoiceId()).contains(voided.id());
        assertThat(note.signedTotal()).isEqualByComparingTo("-80.00");
        assertThat(invoices.findById(voided.id()).orElseThrow().status())
                .isEqualTo(InvoiceStatus.VOIDED);
        assertThat(invoices.invoicedQuantityByService())
                .containsOnlyKeys("ECG", "CONS-MG")
                .hasEntrySatisfying("ECG", q -> assertThat(q).isEqualByComparingTo("1"))
                .hasEntrySatisfying("CONS-MG", q -> assertThat(q).isEqualByComparingTo("1"));
        assertThatThrownBy(
                        () ->
                                invoices.voidWithCreditNote(
                                        voided.id(), Invoice.CREDIT_NOTE_SERIES, 2026, NOW))
                .isInstanceOf(ConflictException.class)
                .hasMessage("invoice.notIssued");
        assertThat(invoices.findByPatient(patient)).hasSize(5);
    }

    @Test
    void draftsCanBeDeletedButNotIssuedInvoices() {
        Invoice draft = draft();
        Invoice issued = issuedWith("ECG", "1");

        invoices.deleteDraft(draft.id());

        assertThat(invoices.findById(draft.id())).isEqualTo(Optional.empty());
        assertThatThrownBy(() -> invoices.deleteDraft(issued.id())).hasMessage("invoice.notDraft");
    }

    @Test
    void anAppointmentHasOneLiveInvoiceUntilItIsVoided() {
        SqlDoctorRepository doctors = new SqlDoctorRepository(store);
        long doctor = SqlFixtures.storedDoctor(doctors, "LIC-9").id();
        long appointment =
                new SqlAppointmentRepository(store)
                        .book(SqlFixtures.at(patient, doctor, "2026-03-02T09:00:00Z", 15), NOW)
                        .id();
        Invoice first = invoices.createDraft(patient, appointment, "F", 2026, NOW);

        assertThatThrownBy(() -> invoices.createDraft(patient, appointment, "F", 2026, NOW))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> {
                            assertThat(e.messageKey()).isEqualTo("invoice.appointment.duplicate");
                            assertThat(e.field()).contains("appointmentId");
                        });
        invoices.addLine(first.id(), service("CONS-MG", "1"));
        invoices.issue(first.id(), NOW);
        invoices.voidWithCreditNote(first.id(), "R", 2026, NOW);
        assertThat(invoices.createDraft(patient, appointment, "F", 2026, NOW).appointmentId())
                .contains(appointment);
    }
}
