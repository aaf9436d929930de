package es.clinica.store.redis;

import es.clinica.store.StoreGuard;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.event.command.CommandListener;
import java.time.Duration;
import java.util.List;

/**
 * The connection to Redis. Keys keep the names of the clinic's design ({@code citas_hoy}, {@code
 * cola_atencion}…) behind an optional prefix, so several clinics can share one server.
 */
public final class RedisStore implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final RedisClient client;
    private final StatefulRedisConnection<String, String> connection;
    private final String prefix;

    private RedisStore(
            RedisClient client, StatefulRedisConnection<String, String> connection, String prefix) {
        this.client = client;
        this.connection = connection;
        this.prefix = prefix;
    }

    /**
     * Connects to the server.
     *
     * @param prefix put before every key; may be empty
     */
    public static RedisStore open(String uri, String prefix) {
        return open(uri, prefix, List.of());
    }

    /** Connects with listeners that see every command sent (tests count round trips with it). */
    static RedisStore open(String uri, String prefix, List<CommandListener> listeners) {
        RedisURI redisUri = RedisURI.create(uri);
        redisUri.setTimeout(TIMEOUT);
        RedisClient client = RedisClient.create(redisUri);
        client.setOptions(
                ClientOptions.builder()
                        .socketOptions(SocketOptions.builder().connectTimeout(TIMEOUT).build())
                        .timeoutOptions(TimeoutOptions.enabled(TIMEOUT))
                        .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                        .build());
        listeners.forEach(client::addListener);
        try {
            return new RedisStore(client, client.connect(), prefix);
        } catch (RuntimeException e) {
            client.shutdown();
            throw e;
        }
    }

    /** The full key for one of the design's key names. */
    public String key(String name) {
        return prefix + name;
    }

    /** Blocking commands; callers must be off the JavaFX thread. */
    public RedisCommands<String, String> commands() {
        StoreGuard.requireBackgroundThread();
        return connection.sync();
    }

    /** The shared connection, for pipelined or transactional use. */
    public StatefulRedisConnection<String, String> connection() {
        StoreGuard.requireBackgroundThread();
        return connection;
    }

    /**
     * A new connection of this store's own, for a MULTI/EXEC transaction that must not interleave
     * with other threads' commands on the shared connection. The caller closes it.
     */
    public StatefulRedisConnection<String, String> openDedicatedConnection() {
        StoreGuard.requireBackgroundThread();
        return client.connect();
    }

    @Override
    public void close() {
        connection.close();
        client.shutdown();
    }
}
