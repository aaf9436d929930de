package es.clinica.store.sql;

import static org.assertj.core.api.Assertions.assertThat;

import es.clinica.testsupport.TestStores;
import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SchemaIT {

    private final SqlStore store = TestStores.get().freshPostgres();

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void startingCatalogHasExemptConsultationsAndTaxedCertificates() {
        SqlCatalogRepository catalog = new SqlCatalogRepository(store);

        assertThat(catalog.findAll(true)).hasSizeGreaterThanOrEqualTo(12);
        assertThat(catalog.findByCode("CONS-MG").orElseThrow().taxRate())
                .isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(catalog.findByCode("cert-med").orElseThrow().taxRate())
                .isEqualByComparingTo("21");
        assertThat(catalog.findByCode("ECG").orElseThrow().name()).isEqualTo("Electrocardiograma");
    }

    @Test
    void startingDoctorsHaveSpecialtiesAndLicences() {
        SqlDoctorRepository doctors = new SqlDoctorRepository(store);

        assertThat(doctors.findAll(true)).hasSizeBetween(4, 5);
        assertThat(doctors.findByLicenceNumber("282856431").orElseThrow().name().display())
                .isEqualTo("María José Fernández Núñez");
    }

    @Test
    void repositoriesRefuseToRunOnTheJavaFxThread() throws InterruptedException {
        SqlDoctorRepository doctors = new SqlDoctorRepository(store);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread fxNamed =
                new Thread(
                        () -> {
                            try {
                                doctors.findAll(true);
                            } catch (IllegalStateException e) {
                                failure.set(e);
                            }
                        },
                        "JavaFX Application Thread");

        fxNamed.start();
        fxNamed.join();

        assertThat(failure.get()).isInstanceOf(IllegalStateException.class);
    }
}
