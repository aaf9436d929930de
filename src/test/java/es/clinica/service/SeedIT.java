package es.clinica.service;

import static es.clinica.service.PatientFlowIT.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import es.clinica.domain.Patient;
import es.clinica.domain.Role;
import es.clinica.store.mongo.MongoProfileRepository;
import es.clinica.store.mongo.MongoStore;
import es.clinica.store.sql.SqlPatientRepository;
import es.clinica.store.sql.SqlStore;
import es.clinica.testsupport.TestAccess;
import es.clinica.testsupport.TestStores;
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
}
