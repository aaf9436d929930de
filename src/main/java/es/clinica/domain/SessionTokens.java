package es.clinica.domain;

import java.security.SecureRandom;
import java.util.Base64;

/** Session tokens: 256 random bits, URL-safe Base64 without padding (43 characters). */
public final class SessionTokens {

    /** Random bytes in a token; at least 16 (128 bits) are required, 32 are used. */
    public static final int BYTES = 32;

    private static final SecureRandom RANDOM = new SecureRandom();

    private SessionTokens() {}

    /** A new unguessable token. Thread-safe. */
    public static String newToken() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
