package es.clinica.store.redis;

import es.clinica.service.StoreHealth;
import es.clinica.service.StoreKind;
import es.clinica.service.StoreState;
import es.clinica.service.port.StoreProbe;
import es.clinica.store.StoreGuard;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Probes Redis with a short-lived connection of its own, so a dead server is told at once. */
public final class RedisProbe implements StoreProbe, AutoCloseable {

    private static final Logger LOGGER = LoggerFactory.getLogger(RedisProbe.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final RedisClient client;
    private final StoreState upState;
    private final String address;

    /**
     * Creates the client; it connects on each probe.
     *
     * @param embedded whether the workstation started this server itself
     */
    public RedisProbe(String uri, boolean embedded) {
        RedisURI redisUri = RedisURI.create(uri);
        redisUri.setTimeout(TIMEOUT);
        this.client = RedisClient.create(redisUri);
        client.setOptions(
                ClientOptions.builder()
                        .autoReconnect(false)
                        .socketOptions(SocketOptions.builder().connectTimeout(TIMEOUT).build())
                        .timeoutOptions(TimeoutOptions.enabled(TIMEOUT))
                        .build());
        this.upState = embedded ? StoreState.EMBEDDED : StoreState.CONNECTED;
        this.address = address(redisUri);
    }

    @Override
    public StoreKind store() {
        return StoreKind.REDIS;
    }

    @Override
    public String address() {
        return address;
    }

    @Override
    public StoreHealth probe() {
        StoreGuard.requireBackgroundThread();
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            RedisCommands<String, String> commands = connection.sync();
            String version = version(commands.info("server"));
            long start = System.nanoTime();
            commands.ping();
            Duration roundTrip = Duration.ofNanos(System.nanoTime() - start);
            return StoreHealth.answered(store(), upState, address, version, roundTrip);
        } catch (RedisException e) {
            LOGGER.debug("Redis at {} did not answer", address, e);
            return StoreHealth.unreachable(store(), address, e.getMessage());
        }
    }

    private static String version(String info) {
        return info.lines()
                .filter(line -> line.startsWith("redis_version:"))
                .map(line -> line.substring("redis_version:".length()).trim())
                .findFirst()
                .orElse("?");
    }

    /** host:port/database, or the sentinels and master name; never the password. */
    static String address(RedisURI uri) {
        if (!uri.getSentinels().isEmpty()) {
            String sentinels =
                    uri.getSentinels().stream()
                            .map(s -> s.getHost() + ":" + s.getPort())
                            .collect(Collectors.joining(","));
            return sentinels + " (sentinel, master " + uri.getSentinelMasterId() + ")";
        }
        return uri.getHost() + ":" + uri.getPort() + "/" + uri.getDatabase();
    }

    @Override
    public void close() {
        client.shutdown();
    }
}
