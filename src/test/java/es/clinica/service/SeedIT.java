package es.clinica.service;

import static es.clinica.service.PatientFlowIT.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import es.clinica.domain.Appointment;
import es.clinica.domain.AppointmentStatus;
import es.clinica.domain.Invoice;
import es.clinica.domain.Patient;
import es.clinica.domain.Role;
import es.clinica.store.mongo.MongoNoteRepository;
import es.clinica.store.mongo.MongoProfileRepository;
import es.clinica.store.mongo.MongoStore;
import es.clinica.store.sql.SqlAppointmentRepository;
import es.clinica.store.sql.SqlCatalogRepository;
import es.clinica.store.sql.SqlDoctorRepository;
import es.clinica.store.sql.SqlInvoiceRepository;
import es.clinica.store.sql.SqlPatientRepository;
import es.clinica.store.sql.SqlStore;
import es.clinica.store.sql.SqlTransactions;
import es.clinica.testsupport.TestAccess;
import es.clinica.testsupport.TestStores;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SeedIT {

    private final SqlStore sql = TestStores.get().freshPostgres();
    private final MongoStore mongo = TestStores.get().freshMongo();
    private final SqlStore sql2 = TestStores.get().freshPostgres();
    private final MongoStore mongo2 = TestStores.get().freshMongo();

    @AfterEach
    void close() {
        sql.close();
        mongo.close();
        sql2.close();
        mongo2.close();
    }

    private List<Patient> seed(SqlStore store, MongoStore documents, int count) {
        SqlPatientRepository patients = new SqlPatientRepository(store, CLOCK);
        new ClinicSeeder(
                        TestAccess.as(Role.ADMIN, 1, null),
                        patients,
                        new MongoProfileRepository(documents),
                        CLOCK)
                .seed(count, 99, (d, t) -> {}, () -> false);
        assertThat(patients.count()).isEqualTo(count);
        assertThat(new MongoProfileRepository(documents).findAllPatientIds()).hasSize(count);
        return patients.search("a", 500);
    }

    @Test
    void sameSeedStoresTheSameFirstPatients() {
        List<Patient> small = seed(sql, mongo, 300);
        List<Patient> larger = seed(sql2, mongo2, 1_200);

        Patient firstOfSmall = small.stream().filter(p -> p.id() == 1).findFirst().orElseThrow();
        Patient firstOfLarger = new SqlPatientRepository(sql2, CLOCK).findById(1).orElseThrow();
        assertThat(firstOfLarger.data()).isEqualTo(firstOfSmall.data());
    }

    @Test
    void historyFillsThePastYearWithGaplessInvoicesAndSignedNotes() {
        SqlPatientRepository patients = new SqlPatientRepository(sql, CLOCK);
        SqlAppointmentRepository appointments = new SqlAppointmentRepository(sql);
        SqlInvoiceRepository invoices = new SqlInvoiceRepository(sql);
        MongoNoteRepository notes = new MongoNoteRepository(mongo);
        ZoneId zone = CLOCK.getZone();
        ClinicSeeder.HistoryStores stores =
                new ClinicSeeder.HistoryStores(
                        new SqlTransactions(sql),
                        new SqlDoctorRepository(sql),
                        new SqlCatalogRepository(sql),
                        appointments,
                        invoices,
                        notes,
                        ClinicHours.DEFAULT,
                        zone);

        ClinicSeeder.SeedSummary summary =
                new ClinicSeeder(
                                TestAccess.as(Role.ADMIN, 1, null),
                                patients,
                                new MongoProfileRepository(mongo),
                                CLOCK,
                                stores)
                        .seed(400, 3, true, (d, t) -> {}, () -> false);

        LocalDate monday = LocalDate.of(2025, 3, 3);
        List<Appointment> day = appointments.findOnDay(monday, zone);
        assertThat(day).extracting(Appointment::status).contains(AppointmentStatus.COMPLETED);
        assertThat(appointments.findOnDay(LocalDate.of(2025, 3, 10), zone)).isEmpty();
        Appointment completed =
                day.stream()
                        .filter(a -> a.status() == AppointmentStatus.COMPLETED)
                        .findFirst()
                        .orElseThrow();
        assertThat(notes.findByAppointmentId(completed.id()))
                .singleElement()
                .satisfies(note -> assertThat(note.signed()).isTrue());
        List<Invoice> issued =
                invoices.findDatedBetween(
                        Instant.parse("2024-01-01T00:00:00Z"),
                        Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(issued).hasSize(summary.history().invoices());
        for (int year : List.of(2024, 2025)) {
            List<Integer> numbers =
                    issued.stream()
                            .filter(i -> i.year() == year)
                            .map(i -> i.number().orElseThrow())
                            .sorted()
                            .toList();
            assertThat(numbers).isNotEmpty();
            assertThat(numbers.get(numbers.size() - 1)).isEqualTo(numbers.size());
            assertThat(new HashSet<>(numbers)).hasSize(numbers.size());
        }
        assertThat(summary.history().notes()).isGreaterThan(summary.history().invoices());
    }
}
