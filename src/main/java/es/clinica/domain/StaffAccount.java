package es.clinica.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * A login of a staff member. The username is unique ignoring case; a {@link Role#DOCTOR} account
 * links to its doctor. The password is only ever held as a slow salted hash.
 *
 * @param id PostgreSQL's id, 0 for one not yet stored
 * @param username as typed (compared ignoring case)
 * @param passwordHash the encoded hash the {@code PasswordHasher} produced
 * @param role the job
 * @param doctorId the doctor a DOCTOR account acts as; empty for other roles
 * @param active whether the account may log in
 */
public record StaffAccount(
        long id,
        String username,
        String passwordHash,
        Role role,
        Optional<Long> doctorId,
        boolean active) {

    public StaffAccount {
        if (username == null || !username.strip().matches("[\\p{L}\\p{N}._\\-]{3,40}")) {
            throw new RuleViolation("account.username.invalid", "username");
        }
        username = username.strip();
        if (passwordHash == null || passwordHash.isBlank()) {
            throw new RuleViolation("account.password.required", "password");
        }
        if (role == null) {
            throw new RuleViolation("account.role.required", "role");
        }
        doctorId = doctorId == null ? Optional.empty() : doctorId;
        if (role == Role.DOCTOR && doctorId.isEmpty()) {
            throw new RuleViolation("account.doctor.required", "doctorId");
        }
    }

    /** The username as it is compared: lower case. */
    public static String usernameKey(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
