package es.clinica.app;

import com.mongodb.ConnectionString;
import es.clinica.service.InvalidInputException;
import io.lettuce.core.RedisURI;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * Where the workstation's stores are and how it behaves, read once at start-up.
 *
 * <p>Each key is looked up first in the environment, then in {@code clinica.properties} in the
 * user's configuration directory ({@code $XDG_CONFIG_HOME/clinica}, by default {@code
 * ~/.config/clinica}). A store whose address is not configured is started locally (the embedded
 * default) with its data under {@link #home()}.
 */
public final class Settings {

    public static final String PG_URL = "CLINICA_PG_URL";
    public static final String PG_USER = "CLINICA_PG_USER";
    public static final String PG_PASSWORD = "CLINICA_PG_PASSWORD";
    public static final String MONGO_URI = "CLINICA_MONGO_URI";
    public static final String REDIS_URI = "CLINICA_REDIS_URI";
    public static final String REDIS_PREFIX = "CLINICA_REDIS_PREFIX";
    public static final String HOME = "CLINICA_HOME";
    public static final String LOCALE = "CLINICA_LOCALE";
    public static final String ZONE = "CLINICA_ZONE";
    public static final String SESSION_MINUTES = "CLINICA_SESSION_MINUTES";

    /**
     * A session time to live in seconds that wins over {@link #SESSION_MINUTES}; for the {@code
     * demo} command, which shows a session expiring by itself, and for tests.
     */
    public static final String SESSION_SECONDS = "CLINICA_SESSION_SECONDS";

    /**
     * How often the live panel reads Redis, in milliseconds: a whole number from {@value
     * #MIN_LIVE_INTERVAL_MS}, 1000 unless configured.
     */
    public static final String LIVE_INTERVAL_MS = "CLINICA_LIVE_INTERVAL_MS";

    /** Polling faster than this would only load Redis: nobody reads a board ten times a second. */
    public static final long MIN_LIVE_INTERVAL_MS = 200;

    /** Message key of a setting whose value is wrong; arguments: the key and the value. */
    public static final String INVALID = "settings.invalid";

    /**
     * Message key of an address setting that cannot be used; argument: the key only, since the
     * value may hold a password.
     */
    public static final String INVALID_ADDRESS = "settings.invalidAddress";

    private static final String DEFAULT_ZONE = "Europe/Madrid";
    private static final Set<String> REDIS_SCHEMES =
            Set.of("redis", "rediss", "redis-sentinel", "rediss-sentinel");

    /**
     * Message key of a settings file that holds a password and that other users can read; argument:
     * the file.
     */
    public static final String FILE_EXPOSED = "settings.fileExposed";

    private final Map<String, String> values;

    /** The settings file when it holds a password and others may read it: refused by validate. */
    private final Optional<Path> exposedFile;

    private Settings(Map<String, String> values) {
        this(values, Optional.empty());
    }

    private Settings(Map<String, String> values, Optional<Path> exposedFile) {
        this.values = Map.copyOf(values);
        this.exposedFile = exposedFile;
    }

    /** Reads the process environment and the user's properties file; environment wins. */
    public static Settings load() {
        Map<String, String> env = System.getenv();
        return from(env, configDirectory(env).resolve("clinica.properties"));
    }

    /**
     * Like {@link #load()} with the given environment and properties file. A file that holds a
     * password (or an address with credentials) must be readable by its owner only, as an SSH key
     * must: otherwise {@link #validate()} refuses to start.
     */
    static Settings from(Map<String, String> environment, Path file) {
        Map<String, String> fileValues = readFile(file);
        Settings settings = from(environment, fileValues);
        boolean exposed = holdsSecret(fileValues) && othersMayRead(file);
        return new Settings(settings.values, exposed ? Optional.of(file) : Optional.empty());
    }

    private static boolean holdsSecret(Map<String, String> fileValues) {
        return !fileValues.getOrDefault(PG_PASSWORD, "").isBlank()
                || fileValues.getOrDefault(MONGO_URI, "").contains("@")
                || fileValues.getOrDefault(REDIS_URI, "").contains("@");
    }

    private static boolean othersMayRead(Path file) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            return permissions.contains(PosixFilePermission.GROUP_READ)
                    || permissions.contains(PosixFilePermission.OTHERS_READ);
        } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system (Windows keeps the file in the user's own profile).
            return false;
        }
    }

    /**
     * Builds settings from explicit maps, environment first; for tests and for callers that already
     * hold the values.
     */
    public static Settings from(Map<String, String> environment, Map<String, String> file) {
        Map<String, String> merged = new HashMap<>();
        // A trailing space in the file is as invisible as one in the environment.
        file.forEach((key, value) -> merged.put(key, value.trim()));
        environment.forEach(
                (key, value) -> {
                    if (key.startsWith("CLINICA_") && !value.isBlank()) {
                        merged.put(key, value.trim());
                    }
                });
        merged.values().removeIf(String::isBlank);
        return new Settings(merged);
    }

    /** The PostgreSQL JDBC URL, when a server is configured. */
    public Optional<String> pgUrl() {
        return value(PG_URL);
    }

    public String pgUser() {
        return value(PG_USER).orElse("postgres");
    }

    /** The PostgreSQL password; never log it. Empty when the server needs none. */
    public String pgPassword() {
        return value(PG_PASSWORD).orElse("");
    }

    /** The MongoDB connection string, when a server is configured. */
    public Optional<String> mongoUri() {
        return value(MONGO_URI);
    }

    /** The Redis URI, when a server is configured. */
    public Optional<String> redisUri() {
        return value(REDIS_URI);
    }

    /** Put before every Redis key, so several clinics can share one Redis; empty by default. */
    public String redisPrefix() {
        return value(REDIS_PREFIX).orElse("");
    }

    /** Where the embedded servers keep their data and the workstation its local files. */
    public Path home() {
        return value(HOME).map(Path::of).orElseGet(Settings::defaultHome).toAbsolutePath();
    }

    /** The language of the screens: the configured one, or the system's. */
    public Locale locale() {
        return value(LOCALE).map(Locale::forLanguageTag).orElseGet(Locale::getDefault);
    }

    /** The clinic's time zone; days and "today" are counted in it, never in the JVM's. */
    public ZoneId zone() {
        String zone = value(ZONE).orElse(DEFAULT_ZONE);
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new InvalidInputException(INVALID, ZONE, e, ZONE, zone);
        }
    }

    /**
     * How long a login session lives without activity: 30 minutes unless configured; {@link
     * #SESSION_SECONDS}, when set, wins.
     */
    public Duration sessionTtl() {
        Optional<String> seconds = value(SESSION_SECONDS);
        if (seconds.isPresent()) {
            return Duration.ofSeconds(positive(SESSION_SECONDS, seconds.get()));
        }
        return Duration.ofMinutes(positive(SESSION_MINUTES, value(SESSION_MINUTES).orElse("30")));
    }

    /** How often the live panel reads Redis: {@link #LIVE_INTERVAL_MS}, one second by default. */
    public Duration liveInterval() {
        String configured = value(LIVE_INTERVAL_MS).orElse("1000");
        long millis = positive(LIVE_INTERVAL_MS, configured);
        if (millis < MIN_LIVE_INTERVAL_MS) {
            throw new InvalidInputException(
                    INVALID, LIVE_INTERVAL_MS, null, LIVE_INTERVAL_MS, configured);
        }
        return Duration.ofMillis(millis);
    }

    /**
     * Checks every setting that could otherwise fail later, after servers were started; called once
     * at start-up, before anything starts.
     *
     * @return these settings
     * @throws InvalidInputException with {@link #FILE_EXPOSED}, {@link #INVALID} or {@link
     *     #INVALID_ADDRESS}, naming the first wrong setting
     */
    public Settings validate() {
        exposedFile.ifPresent(
                file -> {
                    throw new InvalidInputException(FILE_EXPOSED, "settings", null, file);
                });
        zone();
        sessionTtl();
        liveInterval();
        value(SESSION_MINUTES).ifPresent(minutes -> positive(SESSION_MINUTES, minutes));
        pgUrl().filter(url -> !url.startsWith("jdbc:postgresql:"))
                .ifPresent(url -> invalidAddress(PG_URL));
        mongoUri().ifPresent(Settings::checkMongoUri);
        redisUri().ifPresent(Settings::checkRedisUri);
        return this;
    }

    private static long positive(String key, String number) {
        try {
            long parsed = Long.parseLong(number);
            if (parsed > 0) {
                return parsed;
            }
            throw new InvalidInputException(INVALID, key, null, key, number);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(INVALID, key, e, key, number);
        }
    }

    private static void checkMongoUri(String uri) {
        try {
            new ConnectionString(uri);
        } catch (IllegalArgumentException e) {
            invalidAddress(MONGO_URI);
        }
    }

    private static void checkRedisUri(String uri) {
        try {
            String scheme = new URI(uri).getScheme();
            if (scheme == null || !REDIS_SCHEMES.contains(scheme.toLowerCase(Locale.ROOT))) {
                invalidAddress(REDIS_URI);
            }
            RedisURI.create(uri);
        } catch (URISyntaxException | IllegalArgumentException e) {
            invalidAddress(REDIS_URI);
        }
    }

    private static void invalidAddress(String key) {
        // The driver's text quotes the value, password included: it is kept out of the log too.
        throw new InvalidInputException(INVALID_ADDRESS, key, null, key);
    }

    /** A copy of these settings with one key set; for tests and the command line. */
    public Settings with(String key, String value) {
        Map<String, String> copy = new HashMap<>(values);
        copy.put(key, value);
        return new Settings(copy, exposedFile);
    }

    private Optional<String> value(String key) {
        return Optional.ofNullable(values.get(key));
    }

    private static Path configDirectory(Map<String, String> env) {
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base =
                xdg == null || xdg.isBlank()
                        ? Path.of(System.getProperty("user.home"), ".config")
                        : Path.of(xdg);
        return base.resolve("clinica");
    }

    private static Path defaultHome() {
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base =
                xdg == null || xdg.isBlank()
                        ? Path.of(System.getProperty("user.home"), ".local", "share")
                        : Path.of(xdg);
        return base.resolve("clinica");
    }

    private static Map<String, String> readFile(Path file) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        Map<String, String> map = new HashMap<>();
        properties.stringPropertyNames().forEach(k -> map.put(k, properties.getProperty(k)));
        return map;
    }
}
