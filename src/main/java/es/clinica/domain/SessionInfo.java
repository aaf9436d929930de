package es.clinica.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A logged-in session, as kept in Redis under its token.
 *
 * @param token the random token from {@link SessionTokens#newToken()}
 * @param accountId PostgreSQL staff account id
 * @param username the account's user name
 * @param role the account's role name as the accounts table stores it (e.g. {@code DOCTOR})
 * @param doctorId the linked doctor, for a doctor's account
 * @param createdAt when the session was opened
 */
public record SessionInfo(
        String token,
        long accountId,
        String username,
        String role,
        OptionalLong doctorId,
        Instant createdAt) {

    public SessionInfo {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("A session needs a token");
        }
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "createdAt");
        doctorId = doctorId == null ? OptionalLong.empty() : doctorId;
    }
}
