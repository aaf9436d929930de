package es.clinica.service;

import java.time.Duration;
import java.util.Optional;

/**
 * What one probe of a store found.
 *
 * @param store which engine
 * @param state embedded, connected or unreachable
 * @param address where it was tried, without credentials (host:port and database)
 * @param version the server's own version string, when it answered
 * @param roundTrip how long one trivial command took, when it answered
 * @param problem a short technical reason when unreachable (for the log and the IT person)
 */
public record StoreHealth(
        StoreKind store,
        StoreState state,
        String address,
        Optional<String> version,
        Optional<Duration> roundTrip,
        Optional<String> problem) {

    /** A store that answered. */
    public static StoreHealth answered(
            StoreKind store, StoreState state, String address, String version, Duration roundTrip) {
        return new StoreHealth(
                store,
                state,
                address,
                Optional.of(version),
                Optional.of(roundTrip),
                Optional.empty());
    }

    /** A store that did not answer, with the technical reason when there is one. */
    public static StoreHealth unreachable(StoreKind store, String address, String problem) {
        return new StoreHealth(
                store,
                StoreState.UNREACHABLE,
                address,
                Optional.empty(),
                Optional.empty(),
                Optional.ofNullable(problem));
    }
}
