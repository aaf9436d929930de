package es.clinica.store.sql;

import es.clinica.service.port.Transactions;
import java.util.function.Supplier;

/** The {@link Transactions} port on PostgreSQL: repository calls inside share one session. */
public final class SqlTransactions implements Transactions {

    private final SqlStore store;

    public SqlTransactions(SqlStore store) {
        this.store = store;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return store.inTransaction(session -> work.get());
    }
}
