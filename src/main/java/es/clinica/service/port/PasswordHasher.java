package es.clinica.service.port;

/** Turns passwords into slow salted hashes and checks them (Argon2id in production). */
public interface PasswordHasher {

    /**
     * @param password the typed password; the caller clears the array afterwards
     * @return a self-describing encoded hash (algorithm, parameters, salt, hash), never the
     *     password
     */
    String hash(char[] password);

    /**
     * @return whether {@code password} matches {@code encodedHash}; false for a malformed hash
     */
    boolean verify(char[] password, String encodedHash);
}
