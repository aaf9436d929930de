package es.clinica.service.port;

import java.util.function.Supplier;

/**
 * Groups several repository calls into one PostgreSQL transaction, e.g. a patient and its outbox
 * row. Repository calls made inside {@code work} on the same thread join the transaction; calls
 * made outside any {@code inTransaction} run in a transaction of their own.
 */
public interface Transactions {

    /**
     * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws.
     * A nested call joins the outer transaction. A refusal inside (a repository call throwing)
     * dooms the whole transaction: even if {@code work} catches it, nothing is committed and this
     * method throws that refusal.
     *
     * @return what {@code work} returned
     * @throws es.clinica.service.ConflictException when the commit breaks a database rule
     * @throws es.clinica.service.UnavailableException when PostgreSQL cannot be reached
     */
    <T> T inTransaction(Supplier<T> work);

    /** {@link #inTransaction(Supplier)} for work without a result. */
    default void run(Runnable work) {
        inTransaction(
                () -> {
                    work.run();
                    return null;
                });
    }
}
