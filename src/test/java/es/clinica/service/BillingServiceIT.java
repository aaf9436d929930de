package es.clinica.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import es.clinica.domain.Invoice;
import es.clinica.domain.InvoiceKind;
import es.clinica.domain.InvoiceLine;
import es.clinica.domain.InvoiceStatus;
import es.clinica.domain.InvoiceTotals.TaxBreakdown;
import es.clinica.service.port.AuditTrail;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BillingServiceIT {

    private final ClinicFixture clinic = new ClinicFixture();
    private final long doctor = clinic.doctor("Ana", "Ruiz", "LIC-100");
    private final long patient = clinic.patient("María", "López", "García");
    private final BillingService billing = clinic.billing();
    private final CatalogService catalog = clinic.catalog();

    @AfterEach
    void close() {
        clinic.close();
    }

    @Test
    void linesBreakdownAndTotalsAddUpToTheCentWithSeveralRates() {
        catalog.create("T-EXEMPT", "Consulta", new BigDecimal("35.00"), BigDecimal.ZERO);
        catalog.create("T-TEN", "Material", new BigDecimal("12.35"), BigDecimal.TEN);
        catalog.create("T-CERT", "Certificado", new BigDecimal("0.35"), new BigDecimal("21"));
        long invoiceId = draft("10:00");

        billing.addLine(invoiceId, "T-EXEMPT", BigDecimal.ONE);
        billing.addLine(invoiceId, "T-TEN", new BigDecimal("2.5"));
        billing.addLine(invoiceId, "T-CERT", new BigDecimal("3"));
        billing.addLine(invoiceId, "t-cert", BigDecimal.ONE);
        Invoice invoice = billing.get(invoiceId);

        assertThat(invoice.lines())
                .extracting(InvoiceLine::lineBase, InvoiceLine::lineTax, InvoiceLine::lineTotal)
                .map(t -> t.toList().toString())
                .containsExactly(
                        "[35.00, 0.00, 35.00]",
                        "[30.88, 3.09, 33.97]",
                        "[1.05, 0.22, 1.27]",
                        "[0.35, 0.07, 0.42]");
        assertThat(invoice.totals().base()).isEqualByComparingTo("67.28");
        assertThat(invoice.totals().tax()).isEqualByComparingTo("3.38");
        assertThat(invoice.totals().total()).isEqualTo(new BigDecimal("70.66"));
        Map<BigDecimal, TaxBreakdown> byRate = invoice.totals().byRate();
        assertThat(byRate.values())
                .extracting(b -> b.rate().toPlainString() + ":" + b.base() + "/" + b.tax())
                .containsExactly("0.00:35.00/0.00", "10.00:30.88/3.09", "21.00:1.40/0.29");
        assertThat(sum(invoice.lines().stream().map(InvoiceLine::lineTotal).toList()))
                .isEqualTo(invoice.totals().total());
        assertThat(sum(byRate.values().stream().map(b -> b.base().add(b.tax())).toList()))
                .isEqualTo(invoice.totals().total());
    }

    @Test
    void twoClerksIssuingAtOnceGetConsecutiveNumbersWithoutGap() throws Exception {
        catalog.create("T-EXEMPT", "Consulta", new BigDecimal("35.00"), BigDecimal.ZERO);
        List<Long> drafts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long id = draft(String.format("%02d:00", 10 + i));
            billing.addLine(id, "T-EXEMPT", BigDecimal.ONE);
            drafts.add(id);
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Integer>>> clerks = new ArrayList<>();
        for (List<Long> share : List.of(drafts.subList(0, 3), drafts.subList(3, 6))) {
            clerks.add(pool.submit(() -> issueAll(start, share)));
        }
        start.countDown();

        List<Integer> numbers = new ArrayList<>();
        for (Future<List<Integer>> clerk : clerks) {
            numbers.addAll(clerk.get());
        }
        pool.shutdown();

        assertThat(numbers).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6);
        assertThat(ranking()).containsExactly("T-EXEMPT=6");
    }

    private List<Integer> issueAll(CountDownLatch start, List<Long> ids)
            throws InterruptedException {
        start.await();
        List<Integer> numbers = new ArrayList<>();
        for (long id : ids) {
            numbers.add(billing.issue(id).number().orElseThrow());
        }
        return numbers;
    }

    @Test
    void creditNoteTakesTheQuantitiesBackOutOfTheRanking() {
        catalog.create("T-TEN", "Material", new BigDecimal("12.35"), BigDecimal.TEN);
        catalog.create("T-EXEMPT", "Consulta", new BigDecimal("35.00"), BigDecimal.ZERO);
        long kept = draft("10:00");
        billing.addLine(kept, "T-EXEMPT", BigDecimal.ONE);
        billing.issue(kept);
        long voided = draft("11:00");
        billing.addLine(voided, "T-TEN", new BigDecimal("2"));
        billing.addLine(voided, "T-EXEMPT", BigDecimal.ONE);
        Invoice issued = billing.issue(voided);
        assertThat(clinic.live.topServices(5)).hasSize(2);

        Invoice credit = billing.voidInvoice(voided);

        assertThat(credit.kind()).isEqualTo(InvoiceKind.CREDIT_NOTE);
        assertThat(credit.correctsInvoiceId()).contains(voided);
        assertThat(credit.signedTotal()).isEqualTo(issued.totals().total().negate());
        assertThat(billing.get(voided).status()).isEqualTo(InvoiceStatus.VOIDED);
        assertThat(ranking()).containsExactly("T-EXEMPT=1");
        assertThat(clinic.invoices.invoicedQuantityByService()).containsOnlyKeys("T-EXEMPT");
    }

    @Test
    void emptyInvoiceIsRefusedAndStaysADraftWithoutNumber() {
        long invoiceId = draft("10:00");

        assertThatThrownBy(() -> billing.issue(invoiceId))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("invoice.empty");
        Invoice stored = billing.get(invoiceId);
        assertThat(stored.status()).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(stored.number()).isEmpty();
        assertThat(clinic.live.topServices(5)).isEmpty();
    }

    @Test
    void negativeQuantityAndPriceAreRefusedNamingTheField() {
        catalog.create("T-EXEMPT", "Consulta", new BigDecimal("35.00"), BigDecimal.ZERO);
        long invoiceId = draft("10:00");

        assertThatThrownBy(() -> billing.addLine(invoiceId, "T-EXEMPT", new BigDecimal("-1")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> {
                            assertThat(e.messageKey()).isEqualTo("money.quantity.invalid");
                            assertThat(e.field()).contains("quantity");
                        });
        assertThatThrownBy(
                        () ->
                                catalog.create(
                                        "T-NEG",
                                        "Negativo",
                                        new BigDecimal("-0.01"),
                                        BigDecimal.ZERO))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> {
                            assertThat(e.messageKey()).isEqualTo("money.price.negative");
                            assertThat(e.field()).contains("price");
                        });
        assertThat(billing.get(invoiceId).lines()).isEmpty();
        assertThat(clinic.catalogItems.findByCode("T-NEG")).isEmpty();
    }

    @Test
    void patientWithoutAppointmentIsInvoicedInTheSameGaplessSeries() {
        catalog.create("T-CERT", "Certificado", new BigDecimal("20.00"), new BigDecimal("21"));
        long visit = draft("10:00");
        billing.addLine(visit, "T-CERT", BigDecimal.ONE);
        long walkIn = billing.createForPatient(patient).id();
        billing.addLine(walkIn, "T-CERT", new BigDecimal("2"));

        int first = billing.issue(visit).number().orElseThrow();
        Invoice desk = billing.issue(walkIn);

        assertThat(desk.number()).contains(first + 1);
        assertThat(desk.appointmentId()).isEmpty();
        assertThat(desk.patientId()).isEqualTo(patient);
        assertThat(desk.totals().total()).isEqualByComparingTo("48.40");
        assertThat(billing.list(InvoiceFilter.ALL.withPatient(patient)))
                .extracting(Invoice::id)
                .contains(walkIn);
    }

    @Test
    void unknownPatientGetsNoDraft() {
        assertThatThrownBy(() -> billing.createForPatient(patient + 1000))
                .isInstanceOfSatisfying(
                        NotFoundException.class,
                        e -> {
                            assertThat(e.messageKey()).isEqualTo("patient.notFound");
                            assertThat(e.field()).contains("patientId");
                        });
        assertThat(billing.list(InvoiceFilter.ALL)).isEmpty();
    }

    @Test
    void onlyACompletedAppointmentIsInvoiced() {
        long booked =
                clinic.appointments
                        .book(
                                ClinicFixture.request(patient, doctor, "12:00"),
                                clinic.clock.instant())
                        .id();

        assertThatThrownBy(() -> billing.createFromAppointment(booked))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> {
                            assertThat(e.messageKey())
                                    .isEqualTo("invoice.appointment.notCompleted");
                            assertThat(e.field()).contains("appointmentId");
                        });
        assertThat(billing.list(InvoiceFilter.ALL)).isEmpty();
    }

    @Test
    void quantityChangesKeepThePriceAndListsFilterByPatientStatusAndDay() {
        catalog.create("T-TEN", "Material", new BigDecimal("12.35"), BigDecimal.TEN);
        long invoiceId = draft("10:00");
        billing.addLine(invoiceId, "T-TEN", BigDecimal.ONE);
        catalog.update("T-TEN", "Material", new BigDecimal("99.00"), BigDecimal.TEN, true);

        Invoice changed = billing.changeQuantity(invoiceId, 1, new BigDecimal("3"));
        billing.issue(invoiceId);
        long draftId = draft("11:00");

        assertThat(changed.lines())
                .singleElement()
                .satisfies(
                        l -> {
                            assertThat(l.quantity()).isEqualByComparingTo("3");
                            assertThat(l.unitPrice()).isEqualByComparingTo("12.35");
                        });
        assertThat(billing.list(InvoiceFilter.ALL.withPatient(patient)))
                .extracting(Invoice::id)
                .containsExactlyInAnyOrder(invoiceId, draftId);
        assertThat(billing.list(InvoiceFilter.ALL.withStatus(InvoiceStatus.ISSUED)))
                .extracting(Invoice::id)
                .containsExactly(invoiceId);
        assertThat(billing.list(InvoiceFilter.ALL.between(ClinicFixture.DAY, ClinicFixture.DAY)))
                .hasSize(2);
        assertThat(
                        billing.list(
                                InvoiceFilter.ALL.between(
                                        ClinicFixture.DAY.plusDays(1),
                                        ClinicFixture.DAY.plusDays(2))))
                .isEmpty();
    }

    @Test
    void issuingAndVoidingAppendChainedAuditRowsNamingTheNumbers() {
        catalog.create("T-EXEMPT", "Consulta", new BigDecimal("35.00"), BigDecimal.ZERO);
        long invoiceId = draft("10:00");
        billing.addLine(invoiceId, "T-EXEMPT", BigDecimal.ONE);

        Invoice issued = billing.issue(invoiceId);
        Invoice credit = billing.voidInvoice(invoiceId);

        assertThat(clinic.auditTrail.findBySubject(AuditService.INVOICE, Long.toString(invoiceId)))
                .extracting(AuditTrail.Entry::event)
                .extracting(
                        AuditTrail.Event::action,
                        AuditTrail.Event::actorUsername,
                        AuditTrail.Event::detail)
                .map(t -> t.toList().toString())
                .containsExactly(
                        "[INVOICE_ISSUED, billing, " + issued.displayNumber().orElseThrow() + "]",
                        "[INVOICE_VOIDED, billing, " + credit.displayNumber().orElseThrow() + "]");
        AuditTrail.Verification chain = clinic.auditTrail.verify();
        assertThat(chain.intact()).isTrue();
        assertThat(chain.rowsChecked()).isEqualTo(2);
    }

    @Test
    void refusedIssueLeavesNoAuditRow() {
        long invoiceId = draft("10:00");

        assertThatThrownBy(() -> billing.issue(invoiceId)).hasMessage("invoice.empty");
        assertThatThrownBy(() -> billing.voidInvoice(invoiceId)).hasMessage("invoice.notIssued");

        assertThat(clinic.auditTrail.findBySubject(AuditService.INVOICE, Long.toString(invoiceId)))
                .isEmpty();
        assertThat(clinic.auditTrail.verify().rowsChecked()).isZero();
    }

    private long draft(String time) {
        long appointmentId = clinic.completed(patient, doctor, time).id();
        return billing.createFromAppointment(appointmentId).id();
    }

    private List<String> ranking() {
        return clinic.live.topServices(5).stream()
                .map(e -> e.serviceCode() + "=" + e.quantity().stripTrailingZeros().toPlainString())
                .toList();
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
