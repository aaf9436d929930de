package es.clinica.ui;

import es.clinica.domain.Role;
import es.clinica.domain.SessionInfo;
import es.clinica.domain.StaffAccount;
import es.clinica.service.AuditService;
import es.clinica.service.AuthService;
import es.clinica.service.CurrentSession;
import es.clinica.service.NotFoundException;
import es.clinica.service.SessionAccessControl;
import es.clinica.service.port.AuditTrail;
import es.clinica.service.port.LoginAttemptRepository;
import es.clinica.service.port.PasswordHasher;
import es.clinica.service.port.SessionRepository;
import es.clinica.service.port.StaffAccountRepository;
import es.clinica.service.port.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The real {@link AuthService} and {@link AuditService} over in-memory stand-ins of their stores,
 * for view-model tests and the stub backend: no servers, and a session the test can end at will
 * ({@link #expireSessions()}).
 */
public final class FakeAuth {

    private final Accounts accounts = new Accounts();
    private final Sessions sessions = new Sessions();
    private final Trail trail = new Trail();
    private final CurrentSession current = new CurrentSession();
    private final AuthService auth;
    private final AuditService audit;

    public FakeAuth() {
        Clock clock = Clock.systemUTC();
        SessionAccessControl access =
                new SessionAccessControl(current, sessions, trail, clock, Duration.ofMinutes(30));
        audit = new AuditService(trail, access, clock);
        auth =
                new AuthService(
                        accounts,
                        new Attempts(),
                        sessions,
                        new PlainHasher(),
                        new Inline(),
                        current,
                        access,
                        audit,
                        clock);
    }

    public AuthService auth() {
        return auth;
    }

    public AuditService audit() {
        return audit;
    }

    /** Adds an account with the password {@code <username>-demo}; a doctor acts as doctor 1. */
    public FakeAuth withAccount(String username, Role role) {
        accounts.create(
                new StaffAccount(
                        0,
                        username,
                        "plain:" + username + "-demo",
                        role,
                        role == Role.DOCTOR ? Optional.of(1L) : Optional.empty(),
                        true));
        return this;
    }

    /** Logs in as {@code username} (created with {@link #withAccount}). */
    public FakeAuth loggedInAs(String username) {
        auth.login(username, (username + "-demo").toCharArray());
        return this;
    }

    /** Ends every session, as Redis does when the idle time is over. */
    public void expireSessions() {
        sessions.stored.clear();
    }

    private static final class Accounts implements StaffAccountRepository {
        private final Map<Long, StaffAccount> byId = new ConcurrentHashMap<>();
        private final AtomicLong next = new AtomicLong(1);

        @Override
        public StaffAccount create(StaffAccount account) {
            long id = next.getAndIncrement();
            StaffAccount stored =
                    new StaffAccount(
                            id,
                            account.username(),
                            account.passwordHash(),
                            account.role(),
                            account.doctorId(),
                            account.active());
            byId.put(id, stored);
            return stored;
        }

        @Override
        public Optional<StaffAccount> findByUsername(String username) {
            return byId.values().stream()
                    .filter(
                            a ->
                                    StaffAccount.usernameKey(a.username())
                                            .equals(StaffAccount.usernameKey(username)))
                    .findFirst();
        }

        @Override
        public Optional<StaffAccount> findById(long accountId) {
            return Optional.ofNullable(byId.get(accountId));
        }

        @Override
        public List<StaffAccount> findAll() {
            return byId.values().stream()
                    .sorted(Comparator.comparing(StaffAccount::username))
                    .collect(Collectors.toList());
        }

        @Override
        public void updatePasswordHash(long accountId, String passwordHash) {
            StaffAccount a = load(accountId);
            byId.put(
                    accountId,
                    new StaffAccount(
                            a.id(),
                            a.username(),
                            passwordHash,
                            a.role(),
                            a.doctorId(),
                            a.active()));
        }

        @Override
        public void setActive(long accountId, boolean active) {
            StaffAccount a = load(accountId);
            byId.put(
                    accountId,
                    new StaffAccount(
                            a.id(),
                            a.username(),
                            a.passwordHash(),
                            a.role(),
                            a.doctorId(),
                            active));
        }

        @Override
        public StaffAccount update(StaffAccount account) {
            load(account.id());
            byId.put(account.id(), account);
            return account;
        }

        @Override
        public long countActive(Role role) {
            return byId.values().stream().filter(a -> a.active() && a.role() == role).count();
        }

        private StaffAccount load(long accountId) {
            return findById(accountId)
                    .orElseThrow(() -> new NotFoundException("account.notFound", accountId));
        }
    }

    private static final class Sessions implements SessionRepository {
        final Map<String, SessionInfo> stored = new ConcurrentHashMap<>();

        @Override
        public void create(SessionInfo session) {
            stored.put(session.token(), session);
        }

        @Override
        public Optional<SessionInfo> findByToken(String token) {
            return Optional.ofNullable(stored.get(token));
        }

        @Override
        public boolean renew(String token) {
            return stored.containsKey(token);
        }

        @Override
        public void delete(String token) {
            stored.remove(token);
        }

        @Override
        public long deleteAllOf(long accountId, Optional<String> keptToken) {
            List<String> ended =
                    stored.values().stream()
                            .filter(s -> s.accountId() == accountId)
                            .map(SessionInfo::token)
                            .filter(token -> !keptToken.equals(Optional.of(token)))
                            .toList();
            ended.forEach(stored::remove);
            return ended.size();
        }

        @Override
        public Optional<Duration> timeToLive(String token) {
            return renew(token) ? Optional.of(Duration.ofMinutes(30)) : Optional.empty();
        }
    }

    private static final class Attempts implements LoginAttemptRepository {
        private final Map<String, Long> failures = new ConcurrentHashMap<>();

        @Override
        public long recordFailure(String username) {
            return failures.merge(username, 1L, Long::sum);
        }

        @Override
        public long failures(String username) {
            return failures.getOrDefault(username, 0L);
        }

        @Override
        public void reset(String username) {
            failures.remove(username);
        }
    }

    private static final class PlainHasher implements PasswordHasher {
        @Override
        public String hash(char[] password) {
            return "plain:" + new String(password);
        }

        @Override
        public boolean verify(char[] password, String encodedHash) {
            return hash(password).equals(encodedHash);
        }
    }

    private static final class Inline implements Transactions {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    }

    private static final class Trail implements AuditTrail {
        private final List<Entry> entries = new ArrayList<>();

        @Override
        public synchronized Entry append(Event event) {
            Entry entry = new Entry(entries.size() + 1, event, "", "");
            entries.add(entry);
            return entry;
        }

        @Override
        public synchronized List<Entry> findBySubject(String subjectType, String subjectId) {
            return entries.stream()
                    .filter(e -> e.event().subjectType().equals(subjectType))
                    .filter(e -> e.event().subjectId().equals(subjectId))
                    .collect(Collectors.toList());
        }

        @Override
        public Verification verify() {
            return new Verification(
                    entries.size(), java.util.OptionalLong.empty(), Optional.empty());
        }
    }
}
