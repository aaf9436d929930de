package es.clinica.ui;

import es.clinica.service.HealthService;
import es.clinica.service.StoreHealth;
import es.clinica.service.StoreKind;
import es.clinica.service.StoreState;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** A health probe whose stores the test turns on and off; starts with all three embedded. */
public final class StubHealthService implements HealthService {

    private final Map<StoreKind, StoreState> states = new EnumMap<>(StoreKind.class);

    public StubHealthService() {
        Arrays.stream(StoreKind.values()).forEach(kind -> states.put(kind, StoreState.EMBEDDED));
    }

    /** Makes the next probes report {@code store} in {@code state}. */
    public synchronized void set(StoreKind store, StoreState state) {
        states.put(store, state);
    }

    @Override
    public synchronized List<StoreHealth> check() {
        return Arrays.stream(StoreKind.values()).map(this::probe).collect(Collectors.toList());
    }

    private StoreHealth probe(StoreKind kind) {
        StoreState state = states.get(kind);
        String address = "127.0.0.1:" + (40000 + kind.ordinal());
        if (!state.isUp()) {
            return new StoreHealth(
                    kind,
                    state,
                    address,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of("connection refused"));
        }
        return new StoreHealth(
                kind,
                state,
                address,
                Optional.of("7.0.15"),
                Optional.of(Duration.ofMillis(2)),
                Optional.empty());
    }
}
