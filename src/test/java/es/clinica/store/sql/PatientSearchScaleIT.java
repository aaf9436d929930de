package es.clinica.store.sql;

import static es.clinica.store.sql.SqlFixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import es.clinica.domain.Patient;
import es.clinica.domain.PatientQuery;
import es.clinica.testsupport.TestStores;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Search stays indexed at a clinic's size: 100,000 patients. */
class PatientSearchScaleIT {

    private static final Logger LOGGER = LoggerFactory.getLogger(PatientSearchScaleIT.class);
    private static final int PATIENTS = 100_000;

    private final SqlStore store = TestStores.get().freshPostgres();
    private final SqlPatientRepository patients = new SqlPatientRepository(store, CLOCK);

    @AfterEach
    void close() {
        store.close();
    }

    /** Synthetic rows written by SQL in one statement; search_text folded the same way. */
    private void fill() {
        store.inTransaction(
                session ->
                        session.createNativeMutationQuery(
                                        "INSERT INTO patients (national_id_type, national_id,"
                                            + " given_names, first_surname, second_surname,"
                                            + " date_of_birth, sex, phone, search_text, created_at,"
                                            + " updated_at) SELECT 'DNI', id, g, s1, s2, date"
                                            + " '1950-01-01' + (n % 25000), 'FEMALE', '+34 6' ||"
                                            + " lpad(n::text, 8, '0'), lower(unaccent(g || ' ' ||"
                                            + " s1 || ' ' || s2)) || ' ' || lower(id) || ' 346' ||"
                                            + " lpad(n::text, 8, '0'), now(), now() FROM (SELECT n,"
                                            + " lpad((n + 20000000)::text, 8, '0') ||"
                                            + " substr('TRWAGMYFPDXBNJZSQVHLCKE', (n + 20000000) %"
                                            + " 23 + 1, 1) AS id,"
                                            + " (ARRAY['María','José','Lucía','Antonio','Carmen','Manuel','Ana"
                                            + " Belén','Íñigo'])[n % 8 + 1] AS g,"
                                            + " (ARRAY['García','Fernández','González','Rodríguez',"
                                            + "'López','Martínez','Sánchez','Pérez','Gómez',"
                                            + "'Martín','Jiménez','Ruiz','Hernández','Díaz',"
                                            + "'Moreno','Muñoz','Álvarez','Romero','Alonso','Gutiérrez'])[n"
                                            + " % 20 + 1] || (n % 997)::text AS s1,"
                                            + " (ARRAY['Navarro','Torres','Domínguez','Vázquez',"
                                            + "'Ramos','Gil','Ramírez','Serrano','Blanco','Molina'])[n"
                                            + " % 10 + 1] AS s2 FROM generate_series(1, :count) AS"
                                            + " n) AS rows")
                                .setParameter("count", PATIENTS)
                                .executeUpdate());
        store.inTransaction(
                session -> session.createNativeMutationQuery("ANALYZE patients").executeUpdate());
    }

    @Test
    void searchBySurnameNationalIdAndPhoneUsesTheTrigramIndex() {
        fill();
        Patient known = patients.create(SqlFixtures.patient("Seán", "O'Keefe", "Núñez"));
        String dni = known.data().nationalId().orElseThrow().value();

        assertThat(plan("search_text LIKE '%okeefe%'")).contains("patients_search_text_trgm");
        assertThat(plan("national_id LIKE '1000%'")).contains("patients_national_id_prefix_idx");
        assertThat(plan("reverse(phone_digits) LIKE '65432%' AND phone_digits <> ''"))
                .contains("patients_phone_digits_rev_idx");
        assertThat(timedSearch("o'keefe nunez", known)).isLessThan(1_000);
        assertThat(timedSearch(dni, known)).isLessThan(1_000);
        assertThat(timedSearch("600 12 34 56", known)).isLessThan(1_000);
        assertThat(timedSearch("garcia", null)).isLessThan(1_000);
        assertThat(patients.count()).isEqualTo(PATIENTS + 1);
    }

    private String plan(String condition) {
        List<String> lines =
                store.inTransaction(
                        session ->
                                session.createNativeQuery(
                                                "EXPLAIN SELECT * FROM patients WHERE " + condition,
                                                String.class)
                                        .getResultList());
        return String.join("\n", lines);
    }

    /**
     * Median of 21 runs in milliseconds; asserts every run finds {@code expected}, or a full page
     * of 50 when it is {@code null} (a common surname).
     */
    private long timedSearch(String query, Patient expected) {
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            long start = System.nanoTime();
            List<Patient> found = patients.search(query, 50);
            micros.add((System.nanoTime() - start) / 1_000);
            if (expected == null) {
                assertThat(found).hasSize(50);
            } else {
                assertThat(found).extracting(Patient::id).contains(expected.id());
            }
        }
        Collections.sort(micros);
        long median = micros.get(micros.size() / 2) / 1_000;
        LOGGER.info(
                "Search at {} patients ({} query): median {} ms, p95 {} ms",
                PATIENTS,
                PatientQuery.parse(query).kind(),
                median,
                micros.get(19) / 1_000);
        return median;
    }
}
