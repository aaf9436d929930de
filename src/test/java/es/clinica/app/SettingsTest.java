package es.clinica.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void environmentWinsOverTheFile() {
        Settings settings =
                Settings.from(
                        Map.of(Settings.PG_URL, "jdbc:postgresql://env:5432/clinica"),
                        Map.of(
                                Settings.PG_URL, "jdbc:postgresql://file:5432/clinica",
                                Settings.REDIS_URI, "redis://file:6379"));

        assertThat(settings.pgUrl()).contains("jdbc:postgresql://env:5432/clinica");
        assertThat(settings.redisUri()).contains("redis://file:6379");
        assertThat(settings.mongoUri()).isEmpty();
    }

    @Test
    void blankEnvironmentValuesLeaveTheFileValue() {
        Settings settings =
                Settings.from(
                        Map.of(Settings.MONGO_URI, "  "),
                        Map.of(Settings.MONGO_URI, "mongodb://file:27017/clinica"));

        assertThat(settings.mongoUri()).contains("mongodb://file:27017/clinica");
    }

    @Test
    void unrelatedEnvironmentIsIgnored() {
        Settings settings = Settings.from(Map.of("PG_URL", "jdbc:postgresql://x/y"), Map.of());

        assertThat(settings.pgUrl()).isEmpty();
    }

    @Test
    void homeLocaleAndZoneComeFromTheSettings() {
        Settings settings =
                Settings.from(
                        Map.of(
                                Settings.HOME, "/srv/clinica",
                                Settings.LOCALE, "es-ES",
                                Settings.ZONE, "Atlantic/Canary"),
                        Map.of());

        assertThat(settings.home()).isEqualTo(Path.of("/srv/clinica"));
        assertThat(settings.locale()).isEqualTo(Locale.forLanguageTag("es-ES"));
        assertThat(settings.zone().getId()).isEqualTo("Atlantic/Canary");
    }

    @Test
    void sessionSecondsWinOverMinutesForTheDemo() {
        Settings minutes = Settings.from(Map.of(Settings.SESSION_MINUTES, "10"), Map.of());
        Settings seconds = minutes.with(Settings.SESSION_SECONDS, "5");

        assertThat(minutes.sessionTtl()).isEqualTo(java.time.Duration.ofMinutes(10));
        assertThat(seconds.sessionTtl()).isEqualTo(java.time.Duration.ofSeconds(5));
        assertThat(minutes.with(Settings.SESSION_SECONDS, "0").sessionTtl())
                .isEqualTo(java.time.Duration.ofSeconds(1));
    }
}
