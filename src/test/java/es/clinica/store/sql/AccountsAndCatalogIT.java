package es.clinica.store.sql;

import static es.clinica.store.sql.SqlFixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import es.clinica.domain.CatalogItem;
import es.clinica.domain.Doctor;
import es.clinica.domain.PersonName;
import es.clinica.domain.Role;
import es.clinica.domain.StaffAccount;
import es.clinica.service.ConflictException;
import es.clinica.service.InvalidInputException;
import es.clinica.service.NotFoundException;
import es.clinica.service.port.DemoAccounts;
import es.clinica.service.port.DomainRules;
import es.clinica.service.port.PasswordHasher;
import es.clinica.testsupport.TestStores;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AccountsAndCatalogIT {

    /** A stand-in for the real Argon2id hasher: reversible, never for production. */
    private static final PasswordHasher PLAIN =
            new PasswordHasher() {
                @Override
                public String hash(char[] password) {
                    return "plain$" + new String(password);
                }

                @Override
                public boolean verify(char[] password, String encodedHash) {
                    return encodedHash.equals(hash(password));
                }
            };

    private final SqlStore store = TestStores.get().freshPostgres();
    private final SqlDoctorRepository doctors = new SqlDoctorRepository(store);
    private final SqlStaffAccountRepository accounts = new SqlStaffAccountRepository(store, CLOCK);
    private final SqlCatalogRepository catalog = new SqlCatalogRepository(store);

    @AfterEach
    void close() {
        store.close();
    }

    private static StaffAccount account(String username, Role role, Long doctorId) {
        return new StaffAccount(0, username, "hash", role, Optional.ofNullable(doctorId), true);
    }

    @Test
    void usernamesAreUniqueIgnoringCase() {
        accounts.create(account("Recepcion", Role.RECEPTION, null));

        assertThat(accounts.findByUsername("RECEPCION")).isPresent();
        assertThatThrownBy(() -> accounts.create(account("recepcion", Role.BILLING, null)))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> {
                            assertThat(e.messageKey()).isEqualTo("account.username.duplicate");
                            assertThat(e.field()).contains("username");
                        });
    }

    @Test
    void doctorAccountLinksAnExistingDoctorOnlyOnce() {
        Doctor doctor = SqlFixtures.storedDoctor(doctors, "280000001");
        StaffAccount created = accounts.create(account("dra.ruiz", Role.DOCTOR, doctor.id()));

        assertThat(created.doctorId()).contains(doctor.id());
        assertThatThrownBy(() -> accounts.create(account("otra", Role.DOCTOR, doctor.id())))
                .hasMessage("account.doctor.duplicate");
        assertThatThrownBy(() -> accounts.create(account("nadie", Role.DOCTOR, 999_999L)))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("doctor.notFound");
    }

    @Test
    void passwordHashAndActiveFlagChange() {
        StaffAccount admin = accounts.create(account("jefa", Role.ADMIN, null));

        accounts.updatePasswordHash(admin.id(), "new-hash");
        accounts.setActive(admin.id(), false);

        StaffAccount stored = accounts.findById(admin.id()).orElseThrow();
        assertThat(stored.passwordHash()).isEqualTo("new-hash");
        assertThat(stored.active()).isFalse();
        assertThat(accounts.countActive(Role.ADMIN)).isZero();
        assertThatThrownBy(() -> accounts.setActive(999_999, true)).hasMessage("account.notFound");
    }

    @Test
    void demoAccountsAreSeededOncePerRole() {
        int first = DemoAccounts.seed(new SqlTransactions(store), accounts, doctors, PLAIN);
        int second = DemoAccounts.seed(new SqlTransactions(store), accounts, doctors, PLAIN);

        assertThat(first).isEqualTo(4);
        assertThat(second).isZero();
        assertThat(accounts.findAll())
                .extracting(StaffAccount::role)
                .containsExactlyInAnyOrder(Role.values());
        StaffAccount medico = accounts.findByUsername("medico").orElseThrow();
        assertThat(medico.doctorId()).isPresent();
        assertThat(PLAIN.verify("medico-demo".toCharArray(), medico.passwordHash())).isTrue();
    }

    @Test
    void duplicateLicenceIsAConflictAndDoctorsCanBeUpdated() {
        Doctor doctor = SqlFixtures.storedDoctor(doctors, "280000002");

        assertThatThrownBy(() -> SqlFixtures.storedDoctor(doctors, "280000002"))
                .hasMessage("doctor.licence.duplicate");
        Doctor retired =
                doctors.update(
                        new Doctor(
                                doctor.id(),
                                PersonName.of("Ana", "Ruiz", "Peña"),
                                "Pediatría",
                                "280000002",
                                false));
        assertThat(retired.name().display()).isEqualTo("Ana Ruiz Peña");
        assertThat(doctors.findAll(true)).extracting(Doctor::id).doesNotContain(doctor.id());
        assertThat(doctors.findAll(false)).extracting(Doctor::id).contains(doctor.id());
    }

    @Test
    void catalogItemsAreCreatedUpdatedAndNegativePricesRefused() {
        CatalogItem created =
                catalog.create(
                        new CatalogItem(
                                0,
                                "holter",
                                "Holter 24 h",
                                new BigDecimal("90"),
                                BigDecimal.ZERO,
                                true));

        assertThat(created.code()).isEqualTo("HOLTER");
        assertThat(created.price()).isEqualByComparingTo("90.00");
        catalog.update(
                new CatalogItem(
                        0,
                        "HOLTER",
                        "Holter de 24 horas",
                        new BigDecimal("95.50"),
                        BigDecimal.ZERO,
                        false));
        assertThat(catalog.findByCode("holter").orElseThrow().price())
                .isEqualByComparingTo("95.50");
        assertThat(catalog.findAll(true)).extracting(CatalogItem::code).doesNotContain("HOLTER");
        assertThatThrownBy(() -> catalog.create(created)).hasMessage("catalog.code.duplicate");
        assertThatThrownBy(
                        () ->
                                DomainRules.valid(
                                        () ->
                                                new CatalogItem(
                                                        0,
                                                        "X1",
                                                        "X",
                                                        new BigDecimal("-1"),
                                                        BigDecimal.ZERO,
                                                        true)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> {
                            assertThat(e.messageKey()).isEqualTo("money.price.negative");
                            assertThat(e.field()).contains("price");
                        });
    }

    @Test
    void aNegativePriceWrittenDirectlyIsRefusedByTheDatabase() {
        assertThatThrownBy(
                        () ->
                                store.inTransaction(
                                        session ->
                                                session.createNativeMutationQuery(
                                                                "UPDATE catalog_services SET price"
                                                                    + " = -1 WHERE code = 'ECG'")
                                                        .executeUpdate()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> {
                            assertThat(e.messageKey()).isEqualTo("money.price.negative");
                            assertThat(e.field()).contains("price");
                        });
    }
}
