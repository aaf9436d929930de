package es.clinica.store.redis;

import es.clinica.service.UnavailableException;
import es.clinica.store.StoreGuard;
import io.lettuce.core.RedisBusyException;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisLoadingException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one adapter call, turning "Redis cannot answer" (not connected, timed out, loading its data
 * after a restart) into {@link UnavailableException}. An error reply to a well-formed command is a
 * bug, not an outage, and is left as it is.
 */
final class RedisCalls {

    static final String UNAVAILABLE = "store.redis.unavailable";

    private static final Logger LOGGER = LoggerFactory.getLogger(RedisCalls.class);

    private RedisCalls() {}

    static <T> T call(String operation, Supplier<T> body) {
        StoreGuard.requireBackgroundThread();
        try {
            return body.get();
        } catch (RedisException e) {
            if (isErrorReply(e)) {
                throw e;
            }
            LOGGER.warn("Redis did not answer to {}", operation, e);
            throw new UnavailableException(UNAVAILABLE, null, e);
        }
    }

    static void run(String operation, Runnable body) {
        call(
                operation,
                () -> {
                    body.run();
                    return null;
                });
    }

    private static boolean isErrorReply(RedisException e) {
        return e instanceof RedisCommandExecutionException
                && !(e instanceof RedisLoadingException)
                && !(e instanceof RedisBusyException);
    }
}
