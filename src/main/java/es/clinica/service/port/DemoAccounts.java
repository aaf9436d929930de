package es.clinica.service.port;

import es.clinica.domain.Doctor;
import es.clinica.domain.Role;
import es.clinica.domain.StaffAccount;
import java.util.List;
import java.util.Optional;

/**
 * One demo login per role, created only on the embedded default (never by a migration: a clinic's
 * real server must not get known passwords). The login screen may show {@link #ACCOUNTS}.
 */
public final class DemoAccounts {

    /**
     * A demo login.
     *
     * @param username the name to type
     * @param password the password to type (demo only)
     * @param role what it can do
     */
    public record DemoAccount(String username, String password, Role role) {}

    /** The demo logins, one per role. */
    public static final List<DemoAccount> ACCOUNTS =
            List.of(
                    new DemoAccount("recepcion", "recepcion-demo", Role.RECEPTION),
                    new DemoAccount("medico", "medico-demo", Role.DOCTOR),
                    new DemoAccount("facturacion", "facturacion-demo", Role.BILLING),
                    new DemoAccount("admin", "admin-demo", Role.ADMIN));

    private DemoAccounts() {}

    /**
     * Creates the demo accounts that do not exist yet, in one transaction; the doctor account acts
     * as the first active doctor. Safe to call at every start of the embedded default.
     *
     * @return how many accounts were created
     */
    public static int seed(
            Transactions transactions,
            StaffAccountRepository accounts,
            DoctorRepository doctors,
            PasswordHasher hasher) {
        return transactions.inTransaction(
                () -> {
                    int created = 0;
                    for (DemoAccount demo : ACCOUNTS) {
                        if (accounts.findByUsername(demo.username()).isEmpty()) {
                            accounts.create(account(demo, doctors, hasher));
                            created++;
                        }
                    }
                    return created;
                });
    }

    private static StaffAccount account(
            DemoAccount demo, DoctorRepository doctors, PasswordHasher hasher) {
        Optional<Long> doctorId =
                demo.role() == Role.DOCTOR
                        ? doctors.findAll(true).stream().findFirst().map(Doctor::id)
                        : Optional.empty();
        String hash = hasher.hash(demo.password().toCharArray());
        return new StaffAccount(0, demo.username(), hash, demo.role(), doctorId, true);
    }
}
