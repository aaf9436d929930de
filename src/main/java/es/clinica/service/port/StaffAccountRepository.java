package es.clinica.service.port;

import es.clinica.domain.Role;
import es.clinica.domain.StaffAccount;
import java.util.List;
import java.util.Optional;

/**
 * Staff logins in PostgreSQL. Usernames are unique ignoring case. Failed-login counting and
 * lock-out live in Redis, not here. Joins the caller's transaction when there is one.
 */
public interface StaffAccountRepository {

    /**
     * @return the stored account with its id
     * @throws es.clinica.service.ConflictException {@code account.username.duplicate} (field {@code
     *     username}), {@code account.doctor.duplicate} when the doctor already has an account
     * @throws es.clinica.service.NotFoundException {@code doctor.notFound} for an unknown doctor
     */
    StaffAccount create(StaffAccount account);

    /** The account with this username, compared ignoring case. */
    Optional<StaffAccount> findByUsername(String username);

    Optional<StaffAccount> findById(long accountId);

    /** All accounts ordered by username. */
    List<StaffAccount> findAll();

    /**
     * @throws es.clinica.service.NotFoundException {@code account.notFound}
     */
    void updatePasswordHash(long accountId, String passwordHash);

    /**
     * @throws es.clinica.service.NotFoundException {@code account.notFound}
     */
    void setActive(long accountId, boolean active);

    /**
     * Changes the role (and doctor link) of an account.
     *
     * @throws es.clinica.service.NotFoundException {@code account.notFound}
     */
    StaffAccount update(StaffAccount account);

    /** How many active accounts have this role (first start: is there an admin?). */
    long countActive(Role role);
}
