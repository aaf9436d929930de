package es.clinica.store.redis;

import es.clinica.domain.SessionInfo;
import es.clinica.service.port.SessionRepository;
import io.lettuce.core.ScriptOutputType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Sessions as {@code sesion:<token>} hashes whose TTL is the idle time allowed, listed by account
 * in {@code sesiones_usuario:<accountId>} sets that live as long as their longest session.
 */
public final class RedisSessionRepository implements SessionRepository {

    /** The idle time after which a session ends when nothing renews it. */
    public static final Duration DEFAULT_TTL = Duration.ofMinutes(30);

    private static final String ACCOUNT = "cuenta_id";
    private static final String USERNAME = "usuario";
    private static final String ROLE = "rol";
    private static final String DOCTOR = "medico_id";
    private static final String CREATED = "creada";

    private final RedisStore store;
    private final Duration ttl;

    /**
     * @param ttl idle time to live of every session; at least one second
     */
    public RedisSessionRepository(RedisStore store, Duration ttl) {
        if (ttl.getSeconds() < 1) {
            throw new IllegalArgumentException("A session lives at least one second");
        }
        this.store = store;
        this.ttl = ttl;
    }

    @Override
    public void create(SessionInfo session) {
        List<String> args =
                new ArrayList<>(List.of(Long.toString(ttl.getSeconds()), session.token()));
        args.addAll(List.of(ACCOUNT, Long.toString(session.accountId())));
        args.addAll(List.of(USERNAME, session.username(), ROLE, session.role()));
        session.doctorId().ifPresent(id -> args.addAll(List.of(DOCTOR, Long.toString(id))));
        args.addAll(List.of(CREATED, session.createdAt().toString()));
        RedisCalls.run(
                "create a session",
                () ->
                        store.commands()
                                .eval(
                                        Scripts.CREATE_SESSION,
                                        ScriptOutputType.BOOLEAN,
                                        new String[] {
                                            key(session.token()), index(session.accountId())
                                        },
                                        args.toArray(String[]::new)));
    }

    @Override
    public Optional<SessionInfo> findByToken(String token) {
        Map<String, String> fields =
                RedisCalls.call("read a session", () -> store.commands().hgetall(key(token)));
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        String doctor = fields.get(DOCTOR);
        return Optional.of(
                new SessionInfo(
                        token,
                        Long.parseLong(fields.get(ACCOUNT)),
                        fields.get(USERNAME),
                        fields.get(ROLE),
                        doctor == null
                                ? OptionalLong.empty()
                                : OptionalLong.of(Long.parseLong(doctor)),
                        Instant.parse(fields.get(CREATED))));
    }

    @Override
    public boolean renew(String token) {
        Long renewed =
                RedisCalls.call(
                        "renew a session",
                        () ->
                                store.commands()
                                        .eval(
                                                Scripts.RENEW_SESSION,
                                                ScriptOutputType.INTEGER,
                                                new String[] {key(token)},
                                                Long.toString(ttl.getSeconds()),
                                                store.key(RedisKeys.SESSIONS_OF_ACCOUNT)));
        return renewed == 1L;
    }

    @Override
    public void delete(String token) {
        RedisCalls.run(
                "delete a session",
                () ->
                        store.commands()
                                .eval(
                                        Scripts.DELETE_SESSION,
                                        ScriptOutputType.INTEGER,
                                        new String[] {key(token)},
                                        store.key(RedisKeys.SESSIONS_OF_ACCOUNT),
                                        token));
    }

    @Override
    public long deleteAllOf(long accountId, Optional<String> keptToken) {
        return RedisCalls.call(
                "end an account's sessions",
                () ->
                        store.commands()
                                .<Long>eval(
                                        Scripts.DELETE_SESSIONS_OF,
                                        ScriptOutputType.INTEGER,
                                        new String[] {index(accountId)},
                                        store.key(RedisKeys.SESSION),
                                        keptToken.orElse("")));
    }

    @Override
    public Optional<Duration> timeToLive(String token) {
        long millis =
                RedisCalls.call("read a session's TTL", () -> store.commands().pttl(key(token)));
        return millis < 0 ? Optional.empty() : Optional.of(Duration.ofMillis(millis));
    }

    private String key(String token) {
        return store.key(RedisKeys.SESSION + token);
    }

    private String index(long accountId) {
        return store.key(RedisKeys.SESSIONS_OF_ACCOUNT + accountId);
    }
}
