package es.clinica.service;

/** How the workstation sees one store right now. */
public enum StoreState {
    /** A local server the workstation started itself, answering. */
    EMBEDDED,
    /** A configured server, answering. */
    CONNECTED,
    /** The store did not answer within its timeout. */
    UNREACHABLE;

    /** Whether the store answered. */
    public boolean isUp() {
        return this != UNREACHABLE;
    }
}
