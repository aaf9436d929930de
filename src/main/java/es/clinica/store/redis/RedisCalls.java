package es.clinica.store.redis;

import es.clinica.service.UnavailableException;
import es.clinica.store.StoreGuard;
import io.lettuce.core.RedisBusyException;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisLoadingException;
import java.util.concurrent.atomic.AtomicLong;
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

    /** Calls that Redis did not answer, in this JVM (one workstation per JVM). */
    private static final AtomicLong FAILURES = new AtomicLong();

    private RedisCalls() {}

    static <T> T call(String operation, Supplier<T> body) {
        StoreGuard.requireBackgroundThread();
        try {
            return body.get();
        } catch (RedisException e) {
            if (isErrorReply(e)) {
                throw e;
            }
            FAILURES.incrementAndGet();
            LOGGER.warn("Redis did not answer to {}", operation, e);
            throw new UnavailableException(UNAVAILABLE, null, e);
        }
    }

    /** How many calls Redis did not answer since this JVM started. */
    static long failures() {
        return FAILURES.get();
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
