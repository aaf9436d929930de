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
        Optional<String> problem) {}
