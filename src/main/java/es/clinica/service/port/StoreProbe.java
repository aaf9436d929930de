package es.clinica.service.port;

import es.clinica.service.StoreHealth;
import es.clinica.service.StoreKind;

/** One store's health probe, implemented by each store adapter. */
public interface StoreProbe {

    /** Which engine this probe talks to. */
    StoreKind store();

    /** Where the probe connects, without credentials: host:port and database. */
    String address();

    /**
     * Asks the server for its version and times one trivial command, within a few seconds. Never
     * throws for a server that is down or refuses: it reports {@link
     * es.clinica.service.StoreState#UNREACHABLE} with the reason.
     *
     * @throws IllegalStateException when called on the JavaFX application thread
     */
    StoreHealth probe();
}
