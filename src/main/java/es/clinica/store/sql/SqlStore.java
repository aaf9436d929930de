package es.clinica.store.sql;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import es.clinica.service.NotFoundException;
import es.clinica.service.UnavailableException;
import es.clinica.store.StoreGuard;
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
 */
public final class SqlStore implements AutoCloseable {

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
        HikariDataSource dataSource = pool(url, user, password);
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            return new SqlStore(dataSource, sessionFactory(dataSource));
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    private static HikariDataSource pool(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setPoolName("clinica-pg");
        config.setMaximumPoolSize(8);
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
