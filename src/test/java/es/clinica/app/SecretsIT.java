package es.clinica.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import es.clinica.service.UnavailableException;
import es.clinica.testsupport.TestStores;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** A database password never appears in what a failed start shows or logs. */
class SecretsIT {

    private static final String SECRET = "s3cretPassw0rd";

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @AfterEach
    void detach() {
        root.detachAppender(logged);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Test
    void unreachableConfiguredDatabaseNeverShowsOrLogsItsPassword() throws IOException {
        logged.start();
        root.addAppender(logged);
        Settings settings =
                TestStores.get()
                        .settings()
                        .with(Settings.LOCALE, "en")
                        .with(Settings.HOME, TestStores.scratch().resolve("secrets").toString())
                        .with(Settings.PG_PASSWORD, SECRET)
                        .with(
                                Settings.PG_URL,
                                "jdbc:postgresql://127.0.0.1:"
                                        + closedPort()
                                        + "/clinica?user=clinica&password="
                                        + SECRET);

        UnavailableException failure =
                catchThrowableOfType(
                        UnavailableException.class,
                        () -> Clinica.start(settings, stage -> {}).close());

        assertThat(failure).isNotNull();
        assertThat(Messages.forLocale(settings.locale()).of(failure)).doesNotContain(SECRET);
        assertThat(texts(failure)).noneMatch(text -> text.contains(SECRET));
        assertThat(logged.list).isNotEmpty();
        for (ILoggingEvent event : logged.list) {
            assertThat(event.getFormattedMessage()).doesNotContain(SECRET);
            for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                assertThat(String.valueOf(t.getMessage())).doesNotContain(SECRET);
            }
        }
    }

    private static List<String> texts(UnavailableException failure) {
        List<String> texts =
                new ArrayList<>(failure.arguments().stream().map(String::valueOf).toList());
        for (Throwable t = failure; t != null; t = t.getCause()) {
            texts.add(String.valueOf(t.getMessage()));
            texts.add(t.toString());
        }
        return texts;
    }
}
