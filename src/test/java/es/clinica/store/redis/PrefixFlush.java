package es.clinica.store.redis;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;

/** Deletes this store's prefixed keys only: the server may be shared, so never FLUSHALL. */
final class PrefixFlush {

    private PrefixFlush() {}

    static void flush(RedisStore store) {
        ScanArgs match = ScanArgs.Builder.matches(store.key("*")).limit(500);
        ScanCursor cursor = ScanCursor.INITIAL;
        do {
            KeyScanCursor<String> page = store.commands().scan(cursor, match);
            if (!page.getKeys().isEmpty()) {
                store.commands().del(page.getKeys().toArray(String[]::new));
            }
            cursor = page;
        } while (!cursor.isFinished());
    }

    static long count(RedisStore store) {
        return store.commands().keys(store.key("*")).size();
    }
}
