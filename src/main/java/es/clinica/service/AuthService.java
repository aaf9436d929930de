package es.clinica.service;

import es.clinica.domain.Role;
import es.clinica.domain.RuleViolation;
import es.clinica.domain.SessionInfo;
import es.clinica.domain.SessionTokens;
import es.clinica.domain.StaffAccount;
import es.clinica.service.port.AuditAction;
import es.clinica.service.port.DomainRules;
import es.clinica.service.port.LoginAttemptRepository;
import es.clinica.service.port.PasswordHasher;
import es.clinica.service.port.SessionRepository;
import es.clinica.service.port.StaffAccountRepository;
import es.clinica.service.port.Transactions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logging in and out on this workstation, and the administration of staff accounts.
 *
 * <p>A wrong username and a wrong password get the same refusal ({@code auth.invalidCredentials})
 * and cost the same time: an unknown name is checked against a dummy hash. Five failures for one
 * name within fifteen minutes lock that name for fifteen minutes ({@code auth.locked}), counted in
 * Redis whether or not the account exists, so the lock tells nothing about existence; during the
 * lock even the right password is refused. An inactive account cannot log in.
 *
 * <p>Deactivating an account or resetting its password ends its open sessions on every workstation
 * at once (Redis lists them by account), so its next call finds no session; a login that was
 * already past its password check when that happened is refused once its session is written.
 */
public final class AuthService {

    /** Failures within the window that lock a name. */
    public static final int MAX_FAILURES = 5;

    /** The shortest password accepted for a new or reset password. */
    public static final int MIN_PASSWORD = 10;

    /** The longest password accepted: Argon2 would take any, but nobody types more. */
    public static final int MAX_PASSWORD = 128;

    private static final Logger LOGGER = LoggerFactory.getLogger(AuthService.class);
    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._\\-]{3,40}");

    private final StaffAccountRepository accounts;
    private final LoginAttemptRepository attempts;
    private final SessionRepository sessions;
    private final PasswordHasher hasher;
    private final Transactions transactions;
    private final CurrentSession current;
    private final AccessControl access;
    private final AuditService audit;
    private final Clock clock;
    private final String dummyHash;

    /** The collaborators; see {@code es.clinica.app.Clinica} for the wiring. */
    public AuthService(
            StaffAccountRepository accounts,
            LoginAttemptRepository attempts,
            SessionRepository sessions,
            PasswordHasher hasher,
            Transactions transactions,
            CurrentSession current,
            AccessControl access,
            AuditService audit,
            Clock clock) {
        this.accounts = accounts;
        this.attempts = attempts;
        this.sessions = sessions;
        this.hasher = hasher;
        this.transactions = transactions;
        this.current = current;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.dummyHash = hasher.hash(randomPassword());
    }

    /**
     * Logs in on this workstation: checks the password, opens a session in Redis and makes it the
     * workstation's current one. The caller clears {@code password} afterwards.
     *
     * @return the new session (its token is kept by {@link CurrentSession})
     * @throws AccessDeniedException {@code auth.invalidCredentials} for a wrong name or password or
     *     an inactive account, {@code auth.locked} after too many failures
     * @throws UnavailableException when PostgreSQL or Redis cannot be reached
     */
    public SessionInfo login(String username, char[] password) {
        String key = StaffAccount.usernameKey(username);
        if (!USERNAME.matcher(key).matches() || password == null) {
            hasher.verify(password == null ? new char[0] : password, dummyHash);
            throw new AccessDeniedException("auth.invalidCredentials");
        }
        if (attempts.failures(key) >= MAX_FAILURES) {
            audit.recordUnknown(key, AuditAction.LOGIN_LOCKED, "");
            throw new AccessDeniedException("auth.locked");
        }
        Optional<StaffAccount> account = accounts.findByUsername(key);
        if (!passwordMatches(account, password) || !account.get().active()) {
            refuse(key, account);
        }
        attempts.reset(key);
        return open(account.get());
    }

    private boolean passwordMatches(Optional<StaffAccount> account, char[] password) {
        if (account.isEmpty()) {
            hasher.verify(password, dummyHash);
            return false;
        }
        return hasher.verify(password, account.get().passwordHash());
    }

    private void refuse(String key, Optional<StaffAccount> account) {
        long failures = attempts.recordFailure(key);
        String detail = account.isPresent() ? "" : "unknown username";
        audit.recordUnknown(key, AuditAction.LOGIN_FAILED, detail);
        LOGGER.info("Failed login; {} failure(s) in the window", failures);
        throw new AccessDeniedException(
                failures >= MAX_FAILURES ? "auth.locked" : "auth.invalidCredentials");
    }

    private SessionInfo open(StaffAccount account) {
        SessionInfo session =
                new SessionInfo(
                        SessionTokens.newToken(),
                        account.id(),
                        account.username(),
                        account.role().name(),
                        account.doctorId().map(OptionalLong::of).orElse(OptionalLong.empty()),
                        clock.instant().truncatedTo(ChronoUnit.MILLIS));
        sessions.create(session);
        if (!stillAllowed(account)) {
            sessions.delete(session.token());
            throw new AccessDeniedException("auth.invalidCredentials");
        }
        current.set(session, clock.instant());
        audit.record(actor(session), AuditAction.LOGIN, AuditService.ACCOUNT, account.id(), "");
        return session;
    }

    /**
     * Whether the account is still active with the password just checked, now that its session is
     * listed: a deactivation or reset that committed meanwhile found the session or is seen here.
     */
    private boolean stillAllowed(StaffAccount checked) {
        return accounts.findById(checked.id())
                .filter(StaffAccount::active)
                .filter(now -> now.passwordHash().equals(checked.passwordHash()))
                .isPresent();
    }

    /**
     * Ends this workstation's session, in Redis too; nothing happens when nobody is logged in. When
     * Redis does not answer the session is still forgotten here and expires there by itself.
     */
    public void logout() {
        current.clear()
                .ifPresent(
                        held -> {
                            try {
                                sessions.delete(held.session().token());
                            } catch (UnavailableException e) {
                                LOGGER.warn("Redis does not answer; the session will expire", e);
                            }
                            audit.record(
                                    actor(held.session()),
                                    AuditAction.LOGOUT,
                                    AuditService.ACCOUNT,
                                    held.session().accountId(),
                                    "");
                        });
    }

    /**
     * Who is logged in here, when the session is still alive (this renews it, as activity does).
     *
     * @return empty when nobody is logged in or the session expired
     */
    public Optional<Actor> currentActor() {
        try {
            return Optional.of(access.require(Permission.LIVE_READ));
        } catch (SessionExpiredException e) {
            return Optional.empty();
        }
    }

    /** Whether a real server still lacks an administrator: the first start asks for one. */
    public boolean needsFirstAdmin() {
        return accounts.countActive(Role.ADMIN) == 0;
    }

    /**
     * Creates the first administrator of a real server. Allowed only while no active administrator
     * exists; needs no session, since nobody can log in yet.
     *
     * @throws ConflictException {@code account.firstAdmin.exists} once an administrator exists
     * @throws InvalidInputException for an invalid username or a weak password
     */
    public StaffAccount createFirstAdmin(String username, char[] password) {
        String hash = hashOf(password);
        StaffAccount created =
                transactions.inTransaction(
                        () -> {
                            if (accounts.countActive(Role.ADMIN) > 0) {
                                throw new ConflictException("account.firstAdmin.exists");
                            }
                            return accounts.create(
                                    account(username, hash, Role.ADMIN, Optional.empty()));
                        });
        audit.record(
                new Actor(created.id(), created.username(), Role.ADMIN, Optional.empty()),
                AuditAction.ACCOUNT_CREATED,
                AuditService.ACCOUNT,
                created.id(),
                "first administrator");
        return created;
    }

    /**
     * Creates a staff account (administrators only).
     *
     * @param doctorId the doctor a DOCTOR account acts as; empty for other roles
     * @throws InvalidInputException for an invalid username, a weak password or a missing doctor
     * @throws ConflictException {@code account.username.duplicate}, {@code
     *     account.doctor.duplicate}
     */
    public StaffAccount createAccount(
            String username, char[] password, Role role, Optional<Long> doctorId) {
        Actor admin = access.require(Permission.ADMINISTRATION);
        StaffAccount draft = account(username, hashOf(password), role, doctorId);
        return transactions.inTransaction(
                () -> {
                    StaffAccount created = accounts.create(draft);
                    audit.record(
                            admin,
                            AuditAction.ACCOUNT_CREATED,
                            AuditService.ACCOUNT,
                            created.id(),
                            role.name());
                    return created;
                });
    }

    /**
     * Stops an account from logging in and ends its open sessions on every workstation
     * (administrators only). The last active administrator cannot be deactivated.
     *
     * @throws NotFoundException {@code account.notFound}
     * @throws ConflictException {@code account.lastAdmin}
     * @throws UnavailableException when Redis cannot end the sessions; then nothing changed
     */
    public void deactivate(long accountId) {
        Actor admin = access.require(Permission.ADMINISTRATION);
        transactions.run(
                () -> {
                    StaffAccount account = load(accountId);
                    if (account.role() == Role.ADMIN
                            && account.active()
                            && accounts.countActive(Role.ADMIN) <= 1) {
                        throw new ConflictException("account.lastAdmin");
                    }
                    accounts.setActive(accountId, false);
                    audit.record(
                            admin,
                            AuditAction.ACCOUNT_DEACTIVATED,
                            AuditService.ACCOUNT,
                            accountId,
                            "");
                    endSessions(accountId, Optional.empty());
                });
        endSessionsAgain(accountId, Optional.empty());
    }

    /**
     * Ends the account's sessions inside the transaction that disables it, so that when Redis does
     * not answer the change rolls back and the administrator is told: no account is left disabled
     * with its sessions still open.
     */
    private void endSessions(long accountId, Optional<String> keptToken) {
        long ended = sessions.deleteAllOf(accountId, keptToken);
        LOGGER.info("Account changed by an administrator; {} open session(s) ended", ended);
    }

    /**
     * Once more after the commit, for a session opened between the first sweep and the commit; the
     * login's own re-check covers the later ones, so a failure here only goes to the log.
     */
    private void endSessionsAgain(long accountId, Optional<String> keptToken) {
        try {
            sessions.deleteAllOf(accountId, keptToken);
        } catch (UnavailableException e) {
            LOGGER.warn("Redis did not answer the second sweep of an account's sessions", e);
        }
    }

    /**
     * Lifts the lock of a name after too many failed logins (administrators only).
     *
     * @throws NotFoundException {@code account.notFound}
     */
    public void unlock(long accountId) {
        Actor admin = access.require(Permission.ADMINISTRATION);
        StaffAccount account = load(accountId);
        attempts.reset(StaffAccount.usernameKey(account.username()));
        audit.record(admin, AuditAction.ACCOUNT_UNLOCKED, AuditService.ACCOUNT, accountId, "");
    }

    /**
     * Sets a new password (administrators only), lifts any lock and ends the account's open
     * sessions on every workstation, except this one when administrators reset their own. The
     * caller clears {@code password}.
     *
     * @throws NotFoundException {@code account.notFound}
     * @throws InvalidInputException {@code account.password.weak}
     * @throws UnavailableException when Redis cannot end the sessions; then nothing changed
     */
    public void resetPassword(long accountId, char[] password) {
        Actor admin = access.require(Permission.ADMINISTRATION);
        String hash = hashOf(password);
        Optional<String> kept =
                admin.accountId() == accountId
                        ? current.get().map(held -> held.session().token())
                        : Optional.empty();
        transactions.run(
                () -> {
                    StaffAccount account = load(accountId);
                    accounts.updatePasswordHash(accountId, hash);
                    audit.record(
                            admin, AuditAction.PASSWORD_RESET, AuditService.ACCOUNT, accountId, "");
                    attempts.reset(StaffAccount.usernameKey(account.username()));
                    endSessions(accountId, kept);
                });
        endSessionsAgain(accountId, kept);
    }

    /** Every staff account, by username (administrators only). */
    public List<StaffAccount> accounts() {
        access.require(Permission.ADMINISTRATION);
        return accounts.findAll();
    }

    private StaffAccount load(long accountId) {
        return accounts.findById(accountId)
                .orElseThrow(() -> new NotFoundException("account.notFound", accountId));
    }

    private String hashOf(char[] password) {
        if (password == null || password.length < MIN_PASSWORD || password.length > MAX_PASSWORD) {
            throw new InvalidInputException(
                    "account.password.weak", "password", null, MIN_PASSWORD, MAX_PASSWORD);
        }
        return hasher.hash(password);
    }

    private static StaffAccount account(
            String username, String hash, Role role, Optional<Long> doctorId) {
        try {
            return new StaffAccount(0, username, hash, role, doctorId, true);
        } catch (RuleViolation e) {
            throw DomainRules.invalid(e);
        }
    }

    private static Actor actor(SessionInfo session) {
        return SessionAccessControl.actorOf(session);
    }

    private static char[] randomPassword() {
        SecureRandom random = new SecureRandom();
        char[] password = new char[24];
        for (int i = 0; i < password.length; i++) {
            password[i] = (char) ('a' + random.nextInt(26));
        }
        return password;
    }
}
