package es.clinica.store.mongo;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import es.clinica.service.ClinicaException;
import es.clinica.service.UnavailableException;
import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class MongoOutageIT {

    @Test
    void serverThatIsNotThereIsReportedAsUnavailable() throws IOException {
        int freePort;
        try (ServerSocket probe = new ServerSocket(0)) {
            freePort = probe.getLocalPort();
        }
        try (MongoStore store = MongoStore.open("mongodb://127.0.0.1:" + freePort + "/clinica")) {
            MongoProfileRepository profiles = new MongoProfileRepository(store);

            assertThatThrownBy(() -> profiles.findByPatientId(1))
                    .isInstanceOf(UnavailableException.class)
                    .extracting(e -> ((ClinicaException) e).messageKey())
                    .isEqualTo("store.mongo.unavailable");
        }
    }
}
