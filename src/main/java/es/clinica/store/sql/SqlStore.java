package es.clinica.store.sql;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
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

/**
 * The connection to PostgreSQL: a HikariCP pool, the schema brought up to date by Flyway, and a
 * Hibernate session factory that only validates that schema.
 */
public final class SqlStore implements AutoCloseable {

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
     * The session of the transaction this thread runs, so that several repository calls share one
     * transaction (the {@code Transactions} port). Hibernate's own "thread" current-session context
     * would do the same but hides whether a transaction was begun by the caller.
     */
    private final ThreadLocal<Session> currentSession = new ThreadLocal<>();

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
     * made while this thread already runs a transaction of this store joins it. Database and
     * connection failures come out translated to the {@code ClinicaException} family.
     */
    public <T> T inTransaction(Function<Session, T> work) {
        StoreGuard.requireBackgroundThread();
        Session current = currentSession.get();
        if (current != null) {
            return SqlErrors.translating(() -> work.apply(current));
        }
        return SqlErrors.translating(() -> inNewTransaction(work));
    }

    private <T> T inNewTransaction(Function<Session, T> work) {
        try (Session session = sessionFactory.openSession()) {
            Transaction transaction = session.beginTransaction();
            currentSession.set(session);
            try {
                T result = work.apply(session);
                transaction.commit();
                return result;
            } catch (RuntimeException | Error e) {
                rollbackQuietly(transaction, e);
                throw e;
            } finally {
                currentSession.remove();
            }
        }
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
