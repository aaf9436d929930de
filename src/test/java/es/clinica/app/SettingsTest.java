package es.clinica.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import es.clinica.service.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
    }

    @Test
    void aValidConfigurationPassesValidation() {
        Settings settings =
                Settings.from(
                        Map.of(
                                Settings.PG_URL, "jdbc:postgresql://db:5432/clinica",
                                Settings.MONGO_URI, "mongodb://u:p@db:27017/clinica",
                                Settings.REDIS_URI, "rediss://:secret@db:6380/0",
                                Settings.ZONE, "Atlantic/Canary",
                                Settings.SESSION_MINUTES, "15"),
                        Map.of());

        assertThat(settings.validate()).isSameAs(settings);
    }

    @Test
    void anUnknownZoneIsNamedWithItsValue() {
        InvalidInputException e = invalid(Settings.ZONE, "Mars/Base");

        assertThat(e.messageKey()).isEqualTo(Settings.INVALID);
        assertThat(e.arguments()).containsExactly(Settings.ZONE, "Mars/Base");
    }

    @Test
    void sessionTimesMustBePositiveWholeNumbers() {
        for (String key : new String[] {Settings.SESSION_MINUTES, Settings.SESSION_SECONDS}) {
            for (String value : new String[] {"abc", "0", "-5", "1.5"}) {
                InvalidInputException e = invalid(key, value);

                assertThat(e.messageKey()).as("%s=%s", key, value).isEqualTo(Settings.INVALID);
                assertThat(e.arguments()).containsExactly(key, value);
            }
        }
    }

    @Test
    void theLivePanelIntervalIsASecondUnlessConfiguredAndNeverBelowTheMinimum() {
        assertThat(Settings.from(Map.of(), Map.of()).liveInterval())
                .isEqualTo(java.time.Duration.ofSeconds(1));
        assertThat(
                        Settings.from(Map.of(Settings.LIVE_INTERVAL_MS, "2500"), Map.of())
                                .liveInterval())
                .isEqualTo(java.time.Duration.ofMillis(2500));
        for (String value : new String[] {"abc", "0", "-5", "50"}) {
            InvalidInputException e = invalid(Settings.LIVE_INTERVAL_MS, value);

            assertThat(e.messageKey()).as(value).isEqualTo(Settings.INVALID);
            assertThat(e.arguments()).containsExactly(Settings.LIVE_INTERVAL_MS, value);
        }
    }

    @Test
    void aSettingsFileWithAPasswordMustBeReadableByItsOwnerOnly() throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "settings-test"));
        Path secret = Files.createTempFile(folder, "clinica", ".properties");
        Files.writeString(secret, "CLINICA_PG_PASSWORD=hunter2\n");
        Path plain = Files.createTempFile(folder, "clinica", ".properties");
        Files.writeString(plain, "CLINICA_ZONE=Atlantic/Canary\n");
        Set<PosixFilePermission> shared = PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(plain, shared);

        Files.setPosixFilePermissions(secret, shared);
        InvalidInputException e =
                catchThrowableOfType(
                        InvalidInputException.class,
                        () -> Settings.from(Map.of(), secret).validate());
        assertThat(e.messageKey()).isEqualTo(Settings.FILE_EXPOSED);
        assertThat(e.arguments()).containsExactly(secret);

        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
        assertThat(Settings.from(Map.of(), secret).validate().pgPassword()).isEqualTo("hunter2");
        assertThat(Settings.from(Map.of(), plain).validate().zone().getId())
                .isEqualTo("Atlantic/Canary");
    }

    @Test
    void wrongAddressesNameTheKeyButNeverTheValue() {
        Map<String, String> wrong =
                Map.of(
                        Settings.MONGO_URI, "mongo://u:hunter2@db/clinica",
                        Settings.REDIS_URI, "http://:hunter2@127.0.0.1:1",
                        Settings.PG_URL, "postgresql://db/clinica?password=hunter2");
        wrong.forEach(
                (key, value) -> {
                    InvalidInputException e = invalid(key, value);

                    assertThat(e.messageKey()).as(key).isEqualTo(Settings.INVALID_ADDRESS);
                    assertThat(e.arguments()).containsExactly(key);
                    assertThat(String.valueOf(e.getMessage()) + e.getCause())
                            .doesNotContain("hunter2");
                });
        assertThat(invalid(Settings.REDIS_URI, "notauri").arguments())
                .containsExactly(Settings.REDIS_URI);
        assertThat(invalid(Settings.MONGO_URI, "notauri").arguments())
                .containsExactly(Settings.MONGO_URI);
    }

    @Test
    void anInvalidSettingReadsAsASentenceInBothLanguages() {
        InvalidInputException e = invalid(Settings.REDIS_URI, "http://:hunter2@db:6379");

        assertThat(Messages.forLocale(Locale.ENGLISH).of(e))
                .contains("CLINICA_REDIS_URI", "password")
                .doesNotContain("hunter2");
        assertThat(Messages.forLocale(Locale.forLanguageTag("es")).of(invalid(Settings.ZONE, "X")))
                .contains("CLINICA_ZONE", "«X»");
    }

    @Test
    void fileValuesAreTrimmedLikeEnvironmentValues() {
        Settings settings =
                Settings.from(
                        Map.of(), Map.of(Settings.PG_URL, "jdbc:postgresql://db:5432/clinica "));

        assertThat(settings.pgUrl()).contains("jdbc:postgresql://db:5432/clinica");
    }

    private static InvalidInputException invalid(String key, String value) {
        Settings settings = Settings.from(Map.of(key, value), Map.of());
        InvalidInputException e =
                catchThrowableOfType(InvalidInputException.class, settings::validate);
        assertThat(e).as("%s=%s is refused", key, value).isNotNull();
        return e;
    }
}
