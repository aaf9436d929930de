package es.clinica.service;

import static es.clinica.service.PatientFlowIT.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import es.clinica.domain.ImportIssue;
import es.clinica.domain.Role;
import es.clinica.store.fhir.FhirBundleReader;
import es.clinica.store.mongo.JsonProfileCodec;
import es.clinica.store.mongo.MongoProfileRepository;
import es.clinica.store.mongo.MongoStore;
import es.clinica.store.sql.SqlOutboxRepository;
import es.clinica.store.sql.SqlPatientRepository;
import es.clinica.store.sql.SqlStore;
import es.clinica.store.sql.SqlTransactions;
import es.clinica.testsupport.TestAccess;
import es.clinica.testsupport.TestStores;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PatientImportIT {

    private static final Path FHIR = Path.of("src/test/resources/fhir");

    private final SqlStore sql = TestStores.get().freshPostgres();
    private final MongoStore mongo = TestStores.get().freshMongo();
    private final SqlPatientRepository patients = new SqlPatientRepository(sql, CLOCK);
    private final SqlOutboxRepository outbox = new SqlOutboxRepository(sql, CLOCK);
    private final MongoProfileRepository profiles = new MongoProfileRepository(mongo);
    private final ProfileOutbox profileOutbox = new ProfileOutbox(outbox, new JsonProfileCodec());
    private final OutboxRelay relay =
            new OutboxRelay(outbox, CLOCK)
                    .register(ProfileOutbox.TYPE, profileOutbox.handler(profiles));
    private final PatientImportService service =
            new PatientImportService(
                    TestAccess.as(Role.ADMIN, 1, null),
                    new FhirBundleReader(),
                    new SqlTransactions(sql),
                    patients,
                    profiles,
                    profileOutbox,
                    relay,
                    CLOCK);

    @AfterEach
    void close() {
        sql.close();
        mongo.close();
    }

    private ImportSummary importAll(Path... files) {
        ImportSummary summary = service.importFiles(List.of(files), (f, d, t) -> {}, () -> false);
        relay.runOnce();
        return summary;
    }

    @Test
    void importingTheSameFileTwiceCreatesAndChangesNothing() {
        ImportSummary first = importAll(FHIR.resolve("transaction-two-patients.json"));
        long outboxRows = outbox.countStuck(CLOCK.instant().plusSeconds(1));

        ImportSummary second = importAll(FHIR.resolve("transaction-two-patients.json"));

        assertThat(first.created()).isEqualTo(2);
        assertThat(second.created()).isZero();
        assertThat(second.updated()).isZero();
        assertThat(second.unchanged()).isEqualTo(2);
        assertThat(patients.count()).isEqualTo(2);
        assertThat(profiles.findAllPatientIds()).hasSize(2);
        assertThat(outbox.countPending()).isZero();
        assertThat(outboxRows).isZero();
        assertThat(patients.search("a", 10))
                .allSatisfy(p -> assertThat(p.data().needsNationalId()).isTrue());
    }

    @Test
    void badResourcesInTheMiddleAreReportedAndTheRestIsImported() {
        ImportSummary summary = importAll(FHIR.resolve("batch-with-unreadable-resources.json"));

        assertThat(summary.created()).isGreaterThanOrEqualTo(1);
        assertThat(summary.issues()).isNotEmpty();
        assertThat(summary.issues()).allSatisfy(i -> assertThat(i.place()).isNotBlank());
        assertThat(patients.count()).isEqualTo(summary.created());
        assertThat(profiles.findAllPatientIds()).hasSize(summary.created());
    }

    @Test
    void aFileThatIsNotFhirChangesNothingAndTheOthersGoOn() {
        ImportSummary summary =
                importAll(
                        FHIR.resolve("not-fhir.csv"),
                        FHIR.resolve("transaction-two-patients.json"));

        assertThat(summary.failedFiles())
                .singleElement()
                .satisfies(f -> assertThat(f.messageKey()).isEqualTo("import.file.notFhir"));
        assertThat(summary.created()).isPositive();
        assertThat(patients.count()).isEqualTo(summary.created());
        assertThat(summary.issues()).extracting(ImportIssue::file).doesNotContain("not-fhir.csv");
    }

    @Test
    void socialSecurityNumbersAreNotKept() {
        importAll(FHIR.resolve("transaction-two-patients.json"));

        patients.search("a", 10)
                .forEach(
                        p ->
                                assertThat(patients.identifiersOf(p.id()))
                                        .noneMatch(i -> i.system().contains("us-ssn")));
    }

    @Test
    void cancellingBeforeTheFirstFileWritesNothing() {
        ImportSummary summary =
                service.importFiles(
                        List.of(FHIR.resolve("transaction-two-patients.json")),
                        (f, d, t) -> {},
                        () -> true);

        assertThat(summary.cancelled()).isTrue();
        assertThat(patients.count()).isZero();
    }
}
