package es.clinica.store.mongo;

import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoInterruptedException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import es.clinica.service.UnavailableException;
import es.clinica.store.StoreGuard;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs one adapter call, turning the driver's "cannot reach the server" failures into ours. */
final class MongoCalls {

    static final String UNAVAILABLE = "store.mongo.unavailable";

    private static final Logger LOGGER = LoggerFactory.getLogger(MongoCalls.class);

    private MongoCalls() {}

    static <T> T call(String operation, Supplier<T> body) {
        StoreGuard.requireBackgroundThread();
        try {
            return body.get();
        } catch (MongoTimeoutException
                | MongoSocketException
                | MongoInterruptedException
                | MongoNotPrimaryException
                | MongoNodeIsRecoveringException
                | MongoConnectionPoolClearedException e) {
            LOGGER.warn("MongoDB did not answer to {}", operation, e);
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
}
