package es.clinica.store.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import es.clinica.domain.SessionInfo;
import es.clinica.domain.SessionTokens;
import es.clinica.testsupport.TestStores;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RedisSessionRepositoryIT {

    private final RedisStore store = TestStores.get().freshRedis();

    @AfterEach
    void close() {
        PrefixFlush.flush(store);
        store.close();
    }

    @Test
    void sessionIsStoredUnderItsTokenWithTheIdleTtl() {
        RedisSessionRepository sessions = new RedisSessionRepository(store, Duration.ofMinutes(30));
        SessionInfo session = session(OptionalLong.of(4));

        sessions.create(session);

        assertThat(sessions.findByToken(session.token())).contains(session);
        assertThat(store.commands().type(store.key("sesion:" + session.token()))).isEqualTo("hash");
        assertThat(sessions.timeToLive(session.token()).orElseThrow())
                .isBetween(Duration.ofMinutes(29), Duration.ofMinutes(30));
    }

    @Test
    void activityRenewsTheTtl() {
        RedisSessionRepository sessions = new RedisSessionRepository(store, Duration.ofMinutes(30));
        SessionInfo session = session(OptionalLong.empty());
        sessions.create(session);
        store.commands().expire(store.key("sesion:" + session.token()), 60);

        boolean renewed = sessions.renew(session.token());

        assertThat(renewed).isTrue();
        assertThat(sessions.timeToLive(session.token()).orElseThrow())
                .isGreaterThan(Duration.ofMinutes(29));
        assertThat(sessions.findByToken(session.token()).orElseThrow().doctorId()).isEmpty();
    }

    @Test
    void logoutDeletesTheSession() {
        RedisSessionRepository sessions = new RedisSessionRepository(store, Duration.ofMinutes(30));
        SessionInfo session = session(OptionalLong.empty());
        sessions.create(session);

        sessions.delete(session.token());

        assertThat(sessions.findByToken(session.token())).isEmpty();
        assertThat(sessions.renew(session.token())).isFalse();
        assertThat(sessions.timeToLive(session.token())).isEmpty();
    }

    @Test
    void sessionExpiresByItself() {
        RedisSessionRepository sessions = new RedisSessionRepository(store, Duration.ofSeconds(1));
        SessionInfo session = session(OptionalLong.empty());
        sessions.create(session);
        assertThat(sessions.findByToken(session.token())).isPresent();

        await().atMost(Duration.ofSeconds(5))
                .until(() -> sessions.findByToken(session.token()).isEmpty());
    }

    @Test
    void anAccountsSessionsAreListedAndEndTogether() {
        RedisSessionRepository sessions = new RedisSessionRepository(store, Duration.ofMinutes(30));
        SessionInfo first = session(OptionalLong.empty());
        SessionInfo second = session(OptionalLong.empty());
        SessionInfo kept = session(OptionalLong.empty());
        SessionInfo loggedOut = session(OptionalLong.empty());
        for (SessionInfo session : List.of(first, second, kept, loggedOut)) {
            sessions.create(session);
        }
        sessions.delete(loggedOut.token());
        String index = store.key("sesiones_usuario:12");

        assertThat(store.commands().smembers(index))
                .containsExactlyInAnyOrder(first.token(), second.token(), kept.token());
        assertThat(store.commands().ttl(index)).isBetween(29 * 60L, 30 * 60L);

        assertThat(sessions.deleteAllOf(12, Optional.of(kept.token()))).isEqualTo(2);

        assertThat(sessions.findByToken(first.token())).isEmpty();
        assertThat(sessions.findByToken(second.token())).isEmpty();
        assertThat(sessions.findByToken(kept.token())).isPresent();
        assertThat(sessions.deleteAllOf(99, Optional.empty())).isZero();
    }

    @Test
    void renewingASessionRenewsItsAccountsList() {
        RedisSessionRepository sessions = new RedisSessionRepository(store, Duration.ofMinutes(30));
        SessionInfo session = session(OptionalLong.empty());
        sessions.create(session);
        String index = store.key("sesiones_usuario:12");
        store.commands().expire(index, 60);

        assertThat(sessions.renew(session.token())).isTrue();

        assertThat(store.commands().ttl(index)).isBetween(29 * 60L, 30 * 60L);
    }

    @Test
    void failedLoginsAreCountedInAFifteenMinuteWindowAndReset() {
        RedisLoginAttemptRepository attempts = new RedisLoginAttemptRepository(store);

        attempts.recordFailure("recepción");
        long count = attempts.recordFailure("recepción");

        assertThat(count).isEqualTo(2);
        assertThat(attempts.failures("recepción")).isEqualTo(2);
        assertThat(attempts.failures("otro")).isZero();
        assertThat(store.commands().ttl(store.key("intentos_login:recepción")))
                .isBetween(14 * 60L, 15 * 60L);
        attempts.reset("recepción");
        assertThat(attempts.failures("recepción")).isZero();
    }

    private static SessionInfo session(OptionalLong doctorId) {
        return new SessionInfo(
                SessionTokens.newToken(),
                12,
                "dra.núñez",
                "DOCTOR",
                doctorId,
                Instant.parse("2026-02-03T08:00:00.123Z"));
    }
}
