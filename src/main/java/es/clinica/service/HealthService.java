package es.clinica.service;

import java.util.List;

/** Probes the three stores; used by the {@code check} command and the status bar. */
public interface HealthService {

    /**
     * Probes every store once, each within a few seconds, never throwing for a store that is down:
     * that store is reported {@link StoreState#UNREACHABLE}.
     *
     * @return one entry per {@link StoreKind}, in that enum's order
     */
    List<StoreHealth> check();
}
