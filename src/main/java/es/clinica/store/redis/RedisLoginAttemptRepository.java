package es.clinica.store.redis;

import es.clinica.service.port.LoginAttemptRepository;
import io.lettuce.core.ScriptOutputType;
import java.time.Duration;

/** Failed logins as {@code intentos_login:<username>} counters living 15 minutes. */
public final class RedisLoginAttemptRepository implements LoginAttemptRepository {

    /** How long failures are remembered after the last one. */
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private final RedisStore store;

    public RedisLoginAttemptRepository(RedisStore store) {
        this.store = store;
    }

    @Override
    public long recordFailure(String username) {
        Long count =
                RedisCalls.call(
                        "count a failed login",
                        () ->
                                store.commands()
                                        .eval(
                                                Scripts.COUNT_IN_WINDOW,
                                                ScriptOutputType.INTEGER,
                                                new String[] {key(username)},
                                                Long.toString(WINDOW.getSeconds())));
        return count;
    }

    @Override
    public long failures(String username) {
        String count =
                RedisCalls.call("read failed logins", () -> store.commands().get(key(username)));
        return count == null ? 0 : Long.parseLong(count);
    }

    @Override
    public void reset(String username) {
        RedisCalls.run("reset failed logins", () -> store.commands().del(key(username)));
    }

    private String key(String username) {
        return store.key(RedisKeys.LOGIN_ATTEMPTS + username);
    }
}
