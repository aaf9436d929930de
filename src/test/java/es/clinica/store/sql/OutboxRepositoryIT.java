package es.clinica.store.sql;

import static es.clinica.store.sql.SqlFixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import es.clinica.domain.OutboxEntry;
import es.clinica.domain.PatientData;
import es.clinica.service.ConflictException;
import es.clinica.service.port.Transactions;
import es.clinica.testsupport.TestStores;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OutboxRepositoryIT {

    private static final Instant NOW = CLOCK.instant();
    private static final Duration LEASE = Duration.ofMinutes(1);

    private final SqlStore store = TestStores.get().freshPostgres();
    private final SqlOutboxRepository outbox = new SqlOutboxRepository(store, CLOCK);
    private final SqlPatientRepository patients = new SqlPatientRepository(store, CLOCK);
    private final Transactions transactions = new SqlTransactions(store);

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void claimedEntryIsLeasedThenRetriedWithBackoffUntilProcessed() {
        long id = outbox.append("patient_profile", "42", "upsert", "{\"allergies\": []}");

        List<OutboxEntry> claimed = outbox.claimDue(10, NOW, LEASE);
        assertThat(claimed)
                .singleElement()
                .satisfies(
                        e -> {
                            assertThat(e.id()).isEqualTo(id);
                            assertThat(e.attempts()).isEqualTo(1);
                            assertThat(e.payload()).contains("allergies");
                        });
        assertThat(outbox.claimDue(10, NOW, LEASE)).isEmpty();

        outbox.markFailed(id, "MongoDB timed out", NOW);
        assertThat(outbox.claimDue(10, NOW.plusSeconds(1), LEASE)).isEmpty();
        assertThat(outbox.claimDue(10, NOW.plusSeconds(2), LEASE))
                .singleElement()
                .satisfies(e -> assertThat(e.lastError()).contains("MongoDB timed out"));

        outbox.markProcessed(id, NOW.plusSeconds(3));
        assertThat(outbox.countPending()).isZero();
        assertThat(outbox.claimDue(10, NOW.plusSeconds(3600), LEASE)).isEmpty();
    }

    @Test
    void twoConcurrentClaimersNeverGetTheSameEntry() throws Exception {
        for (int i = 0; i < 40; i++) {
            outbox.append("medical_note", "n" + i, "upsert", "{}");
        }
        Callable<List<Long>> claimer =
                () -> {
                    List<Long> ids = new ArrayList<>();
                    List<OutboxEntry> batch;
                    while (!(batch = outbox.claimDue(3, NOW, LEASE)).isEmpty()) {
                        batch.forEach(e -> ids.add(e.id()));
                    }
                    return ids;
                };

        List<Object> outcomes = AppointmentRepositoryIT.raceAll(List.of(claimer, claimer));

        List<Long> all = new ArrayList<>();
        outcomes.forEach(o -> all.addAll(ids(o)));
        assertThat(all).hasSize(40).doesNotHaveDuplicates();
    }

    @SuppressWarnings("unchecked")
    private static List<Long> ids(Object outcome) {
        assertThat(outcome).isInstanceOf(List.class);
        return (List<Long>) outcome;
    }

    @Test
    void stuckEntriesAreCounted() {
        outbox.append("patient_profile", "1", "upsert", "{}");

        assertThat(outbox.countPending()).isEqualTo(1);
        assertThat(outbox.countStuck(NOW.plusSeconds(600))).isEqualTo(1);
        assertThat(outbox.countStuck(NOW.minusSeconds(600))).isZero();
        assertThat(outbox.findStuck(NOW.plusSeconds(600), 10)).hasSize(1);
    }

    @Test
    void patientAndOutboxRowCommitOrRollBackTogether() {
        PatientData data = SqlFixtures.patient("Ana", "Pérez", null);
        transactions.run(
                () -> {
                    long id = patients.create(data).id();
                    outbox.append("patient_profile", Long.toString(id), "upsert", "{}");
                });
        assertThat(outbox.countPending()).isEqualTo(1);

        List<Object> failure = new ArrayList<>();
        try {
            transactions.run(
                    () -> {
                        outbox.append("patient_profile", "x", "upsert", "{}");
                        patients.create(data);
                    });
        } catch (ConflictException e) {
            failure.add(e.messageKey());
        }

        assertThat(failure).containsExactly("patient.nationalId.duplicate");
        assertThat(outbox.countPending()).isEqualTo(1);
        assertThat(patients.count()).isEqualTo(1);
    }

    @Test
    void aRefusalCaughtInsideStillRollsBackTheWholeTransaction() {
        PatientData data = SqlFixtures.patient("Ana", "Pérez", null);
        patients.create(data);

        assertThatThrownBy(
                        () ->
                                transactions.run(
                                        () -> {
                                            outbox.append("patient_profile", "y", "upsert", "{}");
                                            try {
                                                patients.create(data);
                                            } catch (ConflictException ignored) {
                                                outbox.append("audit", "z", "upsert", "{}");
                                            }
                                        }))
                .isInstanceOf(ConflictException.class)
                .hasMessage("patient.nationalId.duplicate");
        assertThat(outbox.countPending()).isZero();
    }
}
