package es.clinica.testsupport;

import es.clinica.app.Clinica;
import es.clinica.app.Settings;
import es.clinica.service.ClinicServices;
import es.clinica.service.port.DemoAccounts;
import es.clinica.store.crypto.Argon2PasswordHasher;
import es.clinica.store.redis.RedisStore;
import es.clinica.store.sql.SqlDoctorRepository;
import es.clinica.store.sql.SqlStaffAccountRepository;
import es.clinica.store.sql.SqlStore;
import es.clinica.store.sql.SqlTransactions;
import java.time.Clock;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A whole workstation for screen and flow tests: the real composition root over fresh, empty stores
 * on this JVM's test servers, with the demo accounts ({@code recepcion}, {@code medico}, {@code
 * facturacion}, {@code admin}, each with password {@code <name>-demo}).
 */
public final class TestClinic implements AutoCloseable, AfterEachCallback {

    private final Clinica clinica;

    private TestClinic(Clinica clinica) {
        this.clinica = clinica;
    }

    /** Starts the workstation's services over fresh stores, as the window would. */
    public static TestClinic start() {
        return start(UnaryOperator.identity());
    }

    /**
     * Like {@link #start()} with one setting changed, e.g. {@code CLINICA_SESSION_SECONDS} for a
     * session that expires within the test.
     */
    public static TestClinic startWith(String key, String value) {
        return start(settings -> settings.with(key, value));
    }

    /** Like {@link #start()}, with settings changed first (e.g. the clinic's zone). */
    public static TestClinic start(UnaryOperator<Settings> adjust) {
        Settings settings = adjust.apply(TestStores.get().freshSettings());
        seedDemoAccounts(settings);
        return new TestClinic(Clinica.start(settings, stage -> {}));
    }

    /**
     * A second workstation of the same clinic: its own services and sessions over the same stores,
     * as another desk would have. The caller closes it.
     */
    public TestClinic anotherWorkstation() {
        return new TestClinic(Clinica.start(clinica.settings(), stage -> {}));
    }

    /** The services, as the screens get them. */
    public ClinicServices services() {
        return clinica.services();
    }

    /**
     * Creates the demo accounts in the database of {@code settings}, as the embedded default does.
     */
    public static void seedDemoAccounts(Settings settings) {
        try (SqlStore sql =
                SqlStore.open(
                        settings.pgUrl().orElseThrow(), settings.pgUser(), settings.pgPassword())) {
            DemoAccounts.seed(
                    new SqlTransactions(sql),
                    new SqlStaffAccountRepository(sql, Clock.systemUTC()),
                    new SqlDoctorRepository(sql),
                    new Argon2PasswordHasher());
        }
    }

    /**
     * Ends every staff session now, as their idle time would: deletes the {@code sesion:<token>}
     * keys of this clinic's Redis prefix. Call it off the JavaFX thread.
     */
    public void expireSessions() {
        Settings settings = clinica.settings();
        try (RedisStore redis =
                RedisStore.open(settings.redisUri().orElseThrow(), settings.redisPrefix())) {
            List<String> sessions = redis.commands().keys(redis.key("sesion:*"));
            if (!sessions.isEmpty()) {
                redis.commands().del(sessions.toArray(String[]::new));
            }
        }
    }

    @Override
    public void close() {
        clinica.close();
    }

    /**
     * As a {@code @RegisterExtension} field, the clinic closes after each test; declared before the
     * test's {@code WorkstationRobot}, it closes after the window.
     */
    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }
}
