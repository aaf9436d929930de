package es.clinica.service;

import es.clinica.domain.Role;
import es.clinica.domain.SessionInfo;
import es.clinica.service.port.AuditAction;
import es.clinica.service.port.AuditTrail;
import es.clinica.service.port.SessionRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real {@link AccessControl}: the workstation's {@link CurrentSession} must still be alive in
 * Redis (each check renews it), and its role must hold the permission in {@link RolePermissions}.
 * An expired session therefore never performs a write: the check comes before the work.
 *
 * <p>When Redis does not answer, the session is kept only while this workstation saw it alive
 * within the idle time; past that it counts as expired. Work in PostgreSQL goes on during a Redis
 * outage that way, and when Redis comes back without the session the person logs in again.
 */
public final class SessionAccessControl implements AccessControl {

    private static final Logger LOGGER = LoggerFactory.getLogger(SessionAccessControl.class);

    private final CurrentSession current;
    private final SessionRepository sessions;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration idleTime;

    /**
     * @param idleTime the sessions' time to live, for the Redis-outage rule above
     */
    public SessionAccessControl(
            CurrentSession current,
            SessionRepository sessions,
            AuditTrail audit,
            Clock clock,
            Duration idleTime) {
        this.current = current;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
        this.idleTime = idleTime;
    }

    @Override
    public Actor require(Permission permission) {
        CurrentSession.Held held = current.get().orElseThrow(SessionExpiredException::new);
        alive(held);
        Actor actor = actorOf(held.session());
        if (!RolePermissions.allows(actor.role(), permission)) {
            recordDenial(actor, permission);
            throw new AccessDeniedException("access.denied");
        }
        return actor;
    }

    /** The staff member a session stands for. */
    static Actor actorOf(SessionInfo session) {
        OptionalLong doctor = session.doctorId();
        return new Actor(
                session.accountId(),
                session.username(),
                Role.valueOf(session.role()),
                doctor.isPresent() ? Optional.of(doctor.getAsLong()) : Optional.empty());
    }

    private void alive(CurrentSession.Held held) {
        Instant now = clock.instant();
        boolean renewed;
        try {
            renewed = sessions.renew(held.session().token());
        } catch (UnavailableException e) {
            renewed = held.lastConfirmed().plus(idleTime).isAfter(now);
            LOGGER.warn("Redis does not answer; session kept on local idle time: {}", renewed);
        }
        if (!renewed) {
            current.clear(held);
            throw new SessionExpiredException();
        }
        current.confirmed(held, now);
    }

    private void recordDenial(Actor actor, Permission permission) {
        try {
            audit.append(
                    new AuditTrail.Event(
                            clock.instant().truncatedTo(ChronoUnit.MILLIS),
                            OptionalLong.of(actor.accountId()),
                            actor.username(),
                            AuditAction.ACCESS_DENIED,
                            AuditService.ACCOUNT,
                            Long.toString(actor.accountId()),
                            permission.name()));
        } catch (UnavailableException e) {
            LOGGER.warn("A refused {} could not be written to the audit trail", permission, e);
        }
    }
}
