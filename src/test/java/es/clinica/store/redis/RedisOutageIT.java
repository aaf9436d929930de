package es.clinica.store.redis;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import es.clinica.service.ClinicaException;
import es.clinica.service.UnavailableException;
import es.clinica.testsupport.TestStores;
import org.junit.jupiter.api.Test;

class RedisOutageIT {

    @Test
    void lostConnectionIsReportedAsUnavailable() {
        try (RedisStore store = TestStores.get().freshRedis()) {
            RedisWaitingQueueRepository queue = new RedisWaitingQueueRepository(store);
            store.connection().close();

            assertThatThrownBy(queue::waiting)
                    .isInstanceOf(UnavailableException.class)
                    .extracting(e -> ((ClinicaException) e).messageKey())
                    .isEqualTo("store.redis.unavailable");
        }
    }
}
