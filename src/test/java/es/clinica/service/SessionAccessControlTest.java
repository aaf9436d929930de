package es.clinica.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import es.clinica.domain.Role;
import es.clinica.domain.SessionInfo;
import es.clinica.service.port.AuditAction;
import es.clinica.service.port.AuditTrail;
import es.clinica.service.port.SessionRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The role/permission matrix and the session rules, over in-memory stand-ins of the stores. */
class SessionAccessControlTest {

    /** The expected matrix, written out independently of {@link RolePermissions}. */
    private static final Map<Role, Set<Permission>> EXPECTED =
            Map.of(
                    Role.RECEPTION,
                    Set.of(
                            Permission.PATIENT_READ,
                            Permission.PATIENT_WRITE,
                            Permission.ALLERGY_READ,
                            Permission.APPOINTMENT_READ,
                            Permission.APPOINTMENT_WRITE,
                            Permission.LIVE_READ),
                    Role.DOCTOR,
                    Set.of(
                            Permission.PATIENT_READ,
                            Permission.ALLERGY_READ,
                            Permission.CLINICAL_READ,
                            Permission.NOTE_WRITE,
                            Permission.APPOINTMENT_READ,
                            Permission.CONSULTATION_RUN,
                            Permission.LIVE_READ),
                    Role.BILLING,
                    Set.of(
                            Permission.PATIENT_READ,
                            Permission.INVOICE_READ,
                            Permission.INVOICE_WRITE,
                            Permission.APPOINTMENT_READ,
                            Permission.LIVE_READ),
                    Role.ADMIN,
                    Set.of(
                            Permission.ADMINISTRATION,
                            Permission.CATALOG_WRITE,
                            Permission.DATA_IMPORT,
                            Permission.PATIENT_READ,
                            Permission.LIVE_READ));

    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    private static final Duration TTL = Duration.ofMinutes(30);

    private final FakeSessions sessions = new FakeSessions();
    private final List<AuditTrail.Event> audited = new ArrayList<>();
    private final AuditTrail trail = new FakeTrail(audited);
    private final CurrentSession current = new CurrentSession();
    private final SessionAccessControl access =
            new SessionAccessControl(
                    current, sessions, trail, Clock.fixed(NOW, ZoneOffset.UTC), TTL);

    static Stream<Arguments> everyRoleAndPermission() {
        return Stream.of(Role.values())
                .flatMap(
                        role ->
                                Stream.of(Permission.values())
                                        .map(
                                                permission ->
                                                        Arguments.of(
                                                                role,
                                                                permission,
                                                                EXPECTED.get(role)
                                                                        .contains(permission))));
    }

    @ParameterizedTest(name = "{0} {1} allowed={2}")
    @MethodSource("everyRoleAndPermission")
    void everyRoleGetsExactlyTheExpectedPermissions(
            Role role, Permission permission, boolean allowed) {
        logIn(role);

        if (allowed) {
            assertThat(access.require(permission).role()).isEqualTo(role);
            assertThat(audited).isEmpty();
        } else {
            AccessDeniedException denied =
                    catchThrowableOfType(
                            AccessDeniedException.class, () -> access.require(permission));
            assertThat(denied.messageKey()).isEqualTo("access.denied");
            assertThat(audited)
                    .singleElement()
                    .satisfies(
                            e -> {
                                assertThat(e.action()).isEqualTo(AuditAction.ACCESS_DENIED);
                                assertThat(e.detail()).isEqualTo(permission.name());
                            });
        }
    }

    @Test
    void administratorReadsNoClinicalData() {
        assertThat(RolePermissions.allows(Role.ADMIN, Permission.CLINICAL_READ)).isFalse();
        assertThat(RolePermissions.of(Role.ADMIN)).isEqualTo(EXPECTED.get(Role.ADMIN));
    }

    @Test
    void nobodyLoggedInIsAnExpiredSession() {
        assertThatThrownBy(() -> access.require(Permission.PATIENT_READ))
                .isInstanceOf(SessionExpiredException.class)
                .hasMessage("session.expired");
    }

    @Test
    void sessionGoneFromRedisIsExpiredAndForgotten() {
        SessionInfo session = logIn(Role.DOCTOR);
        sessions.delete(session.token());

        assertThatThrownBy(() -> access.require(Permission.NOTE_WRITE))
                .isInstanceOf(SessionExpiredException.class);
        assertThat(current.get()).isEmpty();
    }

    @Test
    void everyCheckRenewsTheSession() {
        SessionInfo session = logIn(Role.RECEPTION);

        access.require(Permission.PATIENT_WRITE);
        access.require(Permission.PATIENT_READ);

        assertThat(sessions.renewals.get(session.token())).isEqualTo(2);
    }

    @Test
    void redisOutageKeepsASessionSeenAliveWithinTheIdleTime() {
        logIn(Role.BILLING);
        sessions.down = true;

        assertThat(access.require(Permission.INVOICE_WRITE).role()).isEqualTo(Role.BILLING);
    }

    @Test
    void redisOutageEndsASessionNotSeenAliveWithinTheIdleTime() {
        SessionInfo session = logIn(Role.BILLING);
        current.set(session, NOW.minus(TTL).minusSeconds(1));
        sessions.down = true;

        assertThatThrownBy(() -> access.require(Permission.INVOICE_WRITE))
                .isInstanceOf(SessionExpiredException.class);
    }

    private SessionInfo logIn(Role role) {
        SessionInfo session =
                new SessionInfo(
                        "token-" + role,
                        7,
                        role.name().toLowerCase(),
                        role.name(),
                        role == Role.DOCTOR ? OptionalLong.of(3) : OptionalLong.empty(),
                        NOW);
        sessions.create(session);
        current.set(session, NOW);
        return session;
    }

    private static final class FakeSessions implements SessionRepository {
        private final Map<String, SessionInfo> live = new HashMap<>();
        private final Map<String, Integer> renewals = new HashMap<>();
        private boolean down;

        @Override
        public void create(SessionInfo session) {
            live.put(session.token(), session);
        }

        @Override
        public Optional<SessionInfo> findByToken(String token) {
            return Optional.ofNullable(live.get(token));
        }

        @Override
        public boolean renew(String token) {
            if (down) {
                throw new UnavailableException("store.redis.unavailable");
            }
            renewals.merge(token, 1, Integer::sum);
            return live.containsKey(token);
        }

        @Override
        public void delete(String token) {
            live.remove(token);
        }

        @Override
        public long deleteAllOf(long accountId, Optional<String> keptToken) {
            long before = live.size();
            live.values()
                    .removeIf(
                            s ->
                                    s.accountId() == accountId
                                            && !keptToken.equals(Optional.of(s.token())));
            return before - live.size();
        }

        @Override
        public Optional<Duration> timeToLive(String token) {
            return live.containsKey(token) ? Optional.of(TTL) : Optional.empty();
        }
    }

    private static final class FakeTrail implements AuditTrail {
        private final List<Event> events;

        private FakeTrail(List<Event> events) {
            this.events = events;
        }

        @Override
        public Entry append(Event event) {
            events.add(event);
            return new Entry(events.size(), event, "", "");
        }

        @Override
        public List<Entry> findBySubject(String subjectType, String subjectId) {
            return List.of();
        }

        @Override
        public Verification verify() {
            return new Verification(events.size(), OptionalLong.empty(), Optional.empty());
        }
    }
}
