package es.clinica.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import es.clinica.app.cli.Cli;
import es.clinica.service.StoreKind;
import es.clinica.service.UnavailableException;
import es.clinica.testsupport.TestStores;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A configured store that does not answer is named, with its address, within seconds. */
class UnreachableStoreIT {

    private static final Duration BOUND = Duration.ofSeconds(10);

    /** A loopback port nobody listens on: reserved, then closed. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** The test stores' settings, with one store pointed at the closed port. */
    private static Settings withDeadStore(StoreKind store, int port) {
        Settings settings =
                TestStores.get()
                        .settings()
                        .with(Settings.LOCALE, "en")
                        .with(
                                Settings.HOME,
                                TestStores.scratch().resolve("unreachable").toString());
        switch (store) {
            case POSTGRESQL:
                return settings.with(
                        Settings.PG_URL, "jdbc:postgresql://127.0.0.1:" + port + "/clinica");
            case MONGODB:
                return settings.with(
                        Settings.MONGO_URI, "mongodb://127.0.0.1:" + port + "/clinica");
            default:
                return settings.with(Settings.REDIS_URI, "redis://127.0.0.1:" + port);
        }
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void startNamesTheDeadStoreAndItsAddressWithinTenSeconds(StoreKind store) throws IOException {
        int port = closedPort();
        Settings settings = withDeadStore(store, port);

        UnavailableException failure =
                assertTimeoutPreemptively(
                        BOUND,
                        () ->
                                catchThrowableOfType(
                                        UnavailableException.class,
                                        () -> Clinica.start(settings, stage -> {}).close()));

        assertThat(failure).isNotNull();
        String message = Messages.forLocale(settings.locale()).of(failure);
        assertThat(message)
                .startsWith(Clinica.displayName(store) + " does not answer at 127.0.0.1:" + port);
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void checkExitsNonZeroNamingTheDeadStoreWithinTenSeconds(StoreKind store) throws IOException {
        int port = closedPort();
        Settings settings = withDeadStore(store, port);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code =
                assertTimeoutPreemptively(
                        BOUND,
                        () ->
                                Cli.standard()
                                        .run(
                                                new String[] {"check"},
                                                settings,
                                                new PrintStream(out, true, StandardCharsets.UTF_8),
                                                new PrintStream(
                                                        err, true, StandardCharsets.UTF_8)));

        String name = Clinica.displayName(store);
        assertThat(code).isEqualTo(Cli.FAILED);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains(name + " (configured) at 127.0.0.1:" + port)
                .contains("NOT REACHABLE");
        assertThat(err.toString(StandardCharsets.UTF_8))
                .startsWith("Cannot reach: " + name + " (127.0.0.1:" + port);
    }
}
