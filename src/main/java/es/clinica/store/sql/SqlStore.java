package es.clinica.store.sql;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import es.clinica.service.NotFoundException;
import es.clinica.service.UnavailableException;
import es.clinica.store.StoreGuard;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection to PostgreSQL: a HikariCP pool, the schema brought up to date by Flyway, and a
 * Hibernate session factory that only validates that schema.
 *
 * <p>Flyway runs as the login (the schema's owner). The pool's connections then act as the
 * application role {@value #APP_ROLE} ({@code SET ROLE}), which the migrations' {@code
 * afterMigrate} callback grants what the services need and nothing more on {@code audit_log}
 * (INSERT and SELECT): so nothing the application sends can change, remove or truncate audit rows,
 * or switch off the table's trigger (docs/decisions/0006-audit-trail.md).
 */
public final class SqlStore implements AutoCloseable {

    /** The role the application's connections act as, created by the migrations when allowed. */
    public static final String APP_ROLE = "clinica_app";

    private static final Logger LOGGER = LoggerFactory.getLogger(SqlStore.class);

    /** The JPA entity classes Hibernate maps; every new entity is added here. */
    private static final Class<?>[] ENTITIES = {
        PatientEntity.class,
        PatientIdentifierEntity.class,
        DoctorEntity.class,
        StaffAccountEntity.class,
        AppointmentEntity.class,
        CatalogItemEntity.class,
        InvoiceEntity.class,
        InvoiceLineEntity.class,
        OutboxEntity.class
    };

    private final HikariDataSource dataSource;
    private final SessionFactory sessionFactory;

    /**
     * The transaction this thread runs, so that several repository calls share one (the {@code
     * Transactions} port). Hibernate's own "thread" current-session context would share the session
     * too, but not remember a refusal that the work caught.
     */
    private final ThreadLocal<Ongoing> current = new ThreadLocal<>();

    /** A transaction in progress and the first failure inside it, if any. */
    private static final class Ongoing {
        private final Session session;
        private final List<Runnable> afterCommit = new ArrayList<>();
        private RuntimeException failure;

        private Ongoing(Session session) {
            this.session = session;
        }
    }

    private SqlStore(HikariDataSource dataSource, SessionFactory sessionFactory) {
        this.dataSource = dataSource;
        this.sessionFactory = sessionFactory;
    }

    /**
     * Connects, migrates the schema and validates the mapping.
     *
     * @param password may be empty for trust authentication; never logged
     */
    public static SqlStore open(String url, String user, String password) {
        Optional<String> role = migrate(url, user, password);
        HikariDataSource dataSource = pool(url, user, password, "clinica-pg", 8, role);
        try {
            return new SqlStore(dataSource, sessionFactory(dataSource));
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    /**
     * Brings the schema up to date as the login itself, on connections of its own.
     *
     * @return the application role when the login may act as it
     */
    private static Optional<String> migrate(String url, String user, String password) {
        // Flyway holds several connections at once (its lock, the migration, the callback).
        try (HikariDataSource owner =
                pool(url, user, password, "clinica-pg-migrate", 4, Optional.empty())) {
            Flyway.configure()
                    .dataSource(owner)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            return applicationRole(owner);
        }
    }

    /** Tries the role on the owner's connection: membership rules differ between versions. */
    private static Optional<String> applicationRole(DataSource owner) {
        try (Connection connection = owner.getConnection();
                Statement statement = connection.createStatement()) {
            if (roleExists(connection)) {
                statement.execute("SET ROLE " + APP_ROLE);
                statement.execute("RESET ROLE");
                return Optional.of(APP_ROLE);
            }
        } catch (SQLException e) {
            LOGGER.debug("SET ROLE {} refused", APP_ROLE, e);
        }
        LOGGER.warn(
                "The login cannot act as {}; audit_log is kept append-only by its trigger only",
                APP_ROLE);
        return Optional.empty();
    }

    private static boolean roleExists(Connection connection) throws SQLException {
        try (PreparedStatement query =
                connection.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            query.setString(1, APP_ROLE);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    private static HikariDataSource pool(
            String url,
            String user,
            String password,
            String name,
            int size,
            Optional<String> role) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setPoolName(name);
        config.setMaximumPoolSize(size);
        role.ifPresent(r -> config.setConnectionInitSql("SET ROLE " + r));
        config.setConnectionTimeout(5_000);
        config.setInitializationFailTimeout(5_000);
        config.addDataSourceProperty("connectTimeout", "5");
        config.addDataSourceProperty("socketTimeout", "30");
        config.addDataSourceProperty("ApplicationName", "clinica");
        return new HikariDataSource(config);
    }

    private static SessionFactory sessionFactory(DataSource dataSource) {
        StandardServiceRegistry registry =
                new StandardServiceRegistryBuilder()
                        .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                        .applySetting(AvailableSettings.HBM2DDL_AUTO, "validate")
                        .applySetting(AvailableSettings.JDBC_TIME_ZONE, "UTC")
                        .applySetting(AvailableSettings.STATEMENT_BATCH_SIZE, 50)
                        .applySetting(AvailableSettings.ORDER_INSERTS, true)
                        .build();
        MetadataSources sources = new MetadataSources(registry);
        for (Class<?> entity : ENTITIES) {
            sources.addAnnotatedClass(entity);
        }
        return sources.buildMetadata().buildSessionFactory();
    }

    /** The pool, for plain JDBC where Hibernate adds nothing. */
    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * Runs {@code work} in one transaction, committed when it returns, rolled back if not. A call
     * made while this thread already runs a transaction of this store joins it; a failure inside a
     * joined call dooms the whole transaction (PostgreSQL aborts it), so the outermost call rolls
     * back and throws that failure even if the work caught it. Database and connection failures
     * come out translated to the {@code ClinicaException} family.
     */
    public <T> T inTransaction(Function<Session, T> work) {
        StoreGuard.requireBackgroundThread();
        Ongoing ongoing = current.get();
        if (ongoing == null) {
            return SqlErrors.translating(() -> inNewTransaction(work));
        }
        if (ongoing.failure != null) {
            throw ongoing.failure;
        }
        try {
            return work.apply(ongoing.session);
        } catch (RuntimeException e) {
            RuntimeException translated = SqlErrors.translate(e);
            if (ongoing.failure == null) {
                ongoing.failure = translated;
            }
            throw translated;
        }
    }

    private <T> T inNewTransaction(Function<Session, T> work) {
        try (Session session = sessionFactory.openSession()) {
            Transaction transaction = session.beginTransaction();
            Ongoing ongoing = new Ongoing(session);
            current.set(ongoing);
            try {
                T result = work.apply(session);
                if (ongoing.failure != null) {
                    throw ongoing.failure;
                }
                requireNoSwallowedFailure(transaction);
                transaction.commit();
                current.remove();
                ongoing.afterCommit.forEach(Runnable::run);
                return result;
            } catch (NotFoundException e) {
                // A read that failed inside Hibernate comes back as "no row": see below.
                RuntimeException first = transaction.getRollbackOnly() ? swallowed(e) : e;
                rollbackQuietly(transaction, first);
                throw first;
            } catch (RuntimeException e) {
                RuntimeException first = ongoing.failure == null ? e : ongoing.failure;
                rollbackQuietly(transaction, first);
                throw first;
            } catch (Error e) {
                rollbackQuietly(transaction, e);
                throw e;
            } finally {
                current.remove();
            }
        }
    }

    /**
     * Runs {@code step} once the transaction this thread runs has committed, outside it; it never
     * runs when the transaction rolls back. For effects in other stores that must not get ahead of
     * PostgreSQL. The step handles its own failures: the work is already committed.
     *
     * @throws IllegalStateException when this thread runs no transaction of this store
     */
    public void afterCommit(Runnable step) {
        Ongoing ongoing = current.get();
        if (ongoing == null) {
            throw new IllegalStateException("afterCommit needs a transaction in progress");
        }
        ongoing.afterCommit.add(step);
    }

    /**
     * Hibernate answers a query whose connection broke (PostgreSQL restarted under a pooled
     * connection) by marking the transaction rollback-only and returning no row, instead of
     * throwing; committing then rolls back silently. Nothing in Clinica marks a transaction
     * rollback-only itself, so such a mark means the work's reads or writes did not happen.
     */
    private static void requireNoSwallowedFailure(Transaction transaction) {
        if (transaction.getRollbackOnly()) {
            throw swallowed(null);
        }
    }

    private static UnavailableException swallowed(RuntimeException seen) {
        LOGGER.warn("A statement failed inside Hibernate; PostgreSQL is taken as unreachable");
        return new UnavailableException("store.postgresql.unavailable", null, seen);
    }

    private static void rollbackQuietly(Transaction transaction, Throwable failure) {
        try {
            if (transaction.isActive()) {
                transaction.rollback();
            }
        } catch (RuntimeException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }

    @Override
    public void close() {
        sessionFactory.close();
        dataSource.close();
    }
}
