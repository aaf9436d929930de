package es.clinica.service;

import es.clinica.service.port.StoreProbe;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * Probes the stores side by side, so one store that does not answer costs its own timeout once, not
 * once per store.
 */
public final class StoreHealthService implements HealthService {

    private final List<StoreProbe> probes;

    /**
     * @param probes one per store; the report lists them in {@link StoreKind} order
     */
    public StoreHealthService(List<StoreProbe> probes) {
        this.probes =
                probes.stream()
                        .sorted(Comparator.comparing(StoreProbe::store))
                        .collect(Collectors.toUnmodifiableList());
    }

    @Override
    public List<StoreHealth> check() {
        ExecutorService pool =
                Executors.newFixedThreadPool(probes.size(), StoreHealthService::daemon);
        try {
            List<CompletableFuture<StoreHealth>> running =
                    probes.stream()
                            .map(probe -> probeAsync(probe, pool))
                            .collect(Collectors.toList());
            return running.stream()
                    .map(CompletableFuture::join)
                    .collect(Collectors.toUnmodifiableList());
        } finally {
            pool.shutdown();
        }
    }

    private static CompletableFuture<StoreHealth> probeAsync(
            StoreProbe probe, ExecutorService pool) {
        // A probe that breaks its contract still yields a line in the report instead of no report.
        return CompletableFuture.supplyAsync(probe::probe, pool)
                .exceptionally(failure -> unreachable(probe, failure));
    }

    private static StoreHealth unreachable(StoreProbe probe, Throwable failure) {
        Throwable cause = failure.getCause() == null ? failure : failure.getCause();
        return new StoreHealth(
                probe.store(),
                StoreState.UNREACHABLE,
                probe.address(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(cause.getClass().getSimpleName() + ": " + cause.getMessage()));
    }

    private static Thread daemon(Runnable work) {
        Thread thread = new Thread(work, "store-probe");
        thread.setDaemon(true);
        return thread;
    }
}
