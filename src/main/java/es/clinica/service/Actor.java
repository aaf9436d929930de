package es.clinica.service;

import es.clinica.domain.Role;
import java.util.Optional;

/**
 * The staff member on whose behalf a service operation runs, as established by a live session.
 *
 * @param accountId the staff account's id
 * @param username the login name, for the audit trail
 * @param role what the job allows
 * @param doctorId the doctor this account is, for doctors only
 */
public record Actor(long accountId, String username, Role role, Optional<Long> doctorId) {}
