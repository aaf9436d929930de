package es.clinica.service;

import static org.assertj.core.api.Assertions.assertThat;

import es.clinica.service.port.StoreProbe;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StoreHealthServiceTest {

    private static StoreProbe answering(StoreKind store) {
        return probe(
                store,
                () ->
                        new StoreHealth(
                                store,
                                StoreState.CONNECTED,
                                "h:1/db",
                                Optional.of("1.0"),
                                Optional.of(Duration.ofMillis(1)),
                                Optional.empty()));
    }

    private static StoreProbe probe(
            StoreKind store, java.util.function.Supplier<StoreHealth> body) {
        return new StoreProbe() {
            @Override
            public StoreKind store() {
                return store;
            }

            @Override
            public String address() {
                return "h:1/db";
            }

            @Override
            public StoreHealth probe() {
                return body.get();
            }
        };
    }

    @Test
    void reportsEveryStoreInEnumOrder() {
        HealthService health =
                new StoreHealthService(
                        List.of(
                                answering(StoreKind.REDIS),
                                answering(StoreKind.POSTGRESQL),
                                answering(StoreKind.MONGODB)));

        assertThat(health.check())
                .extracting(StoreHealth::store)
                .containsExactly(StoreKind.POSTGRESQL, StoreKind.MONGODB, StoreKind.REDIS);
    }

    @Test
    void aProbeThatThrowsIsReportedUnreachableInsteadOfFailingTheReport() {
        HealthService health =
                new StoreHealthService(
                        List.of(
                                answering(StoreKind.POSTGRESQL),
                                probe(
                                        StoreKind.MONGODB,
                                        () -> {
                                            throw new IllegalStateException("broken probe");
                                        })));

        List<StoreHealth> report = health.check();

        assertThat(report.get(0).state()).isEqualTo(StoreState.CONNECTED);
        assertThat(report.get(1).state()).isEqualTo(StoreState.UNREACHABLE);
        assertThat(report.get(1).address()).isEqualTo("h:1/db");
        assertThat(report.get(1).problem())
                .hasValueSatisfying(p -> assertThat(p).contains("broken probe"));
    }
}
