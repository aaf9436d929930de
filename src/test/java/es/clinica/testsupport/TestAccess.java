package es.clinica.testsupport;

import es.clinica.domain.Role;
import es.clinica.service.AccessControl;
import es.clinica.service.Actor;
import es.clinica.service.Permission;
import java.util.Optional;

/**
 * An access gate for service tests that are about a flow, not about permissions: it lets the given
 * actor do everything. The permission matrix has its own tests.
 */
public final class TestAccess implements AccessControl {

    private final Actor actor;

    private TestAccess(Actor actor) {
        this.actor = actor;
    }

    /** Acts as a staff member with this role; a doctor id for doctors. */
    public static TestAccess as(Role role, long accountId, Long doctorId) {
        return new TestAccess(
                new Actor(
                        accountId, role.name().toLowerCase(), role, Optional.ofNullable(doctorId)));
    }

    @Override
    public Actor require(Permission permission) {
        return actor;
    }
}
