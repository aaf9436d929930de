package es.clinica.service;

/** The three engines the clinic's data is split over. */
public enum StoreKind {
    /** The truth: patients, appointments, invoices, accounts, audit, outbox. */
    POSTGRESQL,
    /** Documents: extended profiles and consultation notes. */
    MONGODB,
    /** Live state: sessions, queue, counters, ranking. */
    REDIS
}
