package es.clinica.store.crypto;

import es.clinica.service.port.PasswordHasher;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * {@link PasswordHasher} with Argon2id (BouncyCastle), encoded in the PHC string format: {@code
 * $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>} with unpadded Base64. The defaults are OWASP's
 * minimum recommendation (19 MiB, two passes, one lane); the parameters travel in every hash, so
 * raising them later still verifies the hashes stored before.
 *
 * <p>It lives among the adapters although it is pure computation: the service layer may depend only
 * on the JDK and SLF4J (an ArchUnit rule), and Argon2 is not in the JDK, so the algorithm enters
 * through the {@link PasswordHasher} port like any other library.
 */
public final class Argon2PasswordHasher implements PasswordHasher {

    /** OWASP's minimum for Argon2id: 19 MiB of memory. */
    public static final int DEFAULT_MEMORY_KIB = 19 * 1024;

    /** OWASP's minimum for Argon2id at 19 MiB: two passes. */
    public static final int DEFAULT_ITERATIONS = 2;

    /** One lane: a workstation verifies one login at a time. */
    public static final int DEFAULT_PARALLELISM = 1;

    /** A stored hash asking for more (1 GiB) is refused rather than allowed to exhaust memory. */
    private static final int MAX_MEMORY_KIB = 1024 * 1024;

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Pattern PHC =
            Pattern.compile(
                    "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})"
                            + "\\$([A-Za-z0-9+/]{16,})\\$([A-Za-z0-9+/]{16,})");
    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getDecoder();

    private final SecureRandom random = new SecureRandom();
    private final int memoryKib;
    private final int iterations;
    private final int parallelism;

    /** A hasher with OWASP's recommended parameters. */
    public Argon2PasswordHasher() {
        this(DEFAULT_MEMORY_KIB, DEFAULT_ITERATIONS, DEFAULT_PARALLELISM);
    }

    /**
     * @param memoryKib memory cost in KiB (at least 8 per lane)
     * @param iterations passes over the memory, at least 1
     * @param parallelism lanes, at least 1
     */
    public Argon2PasswordHasher(int memoryKib, int iterations, int parallelism) {
        if (iterations < 1 || parallelism < 1 || memoryKib < 8 * parallelism) {
            throw new IllegalArgumentException("Argon2 parameters out of range");
        }
        this.memoryKib = memoryKib;
        this.iterations = iterations;
        this.parallelism = parallelism;
    }

    @Override
    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, memoryKib, iterations, parallelism, HASH_BYTES);
        return String.format(
                "$argon2id$v=19$m=%d,t=%d,p=%d$%s$%s",
                memoryKib,
                iterations,
                parallelism,
                ENCODER.encodeToString(salt),
                ENCODER.encodeToString(hash));
    }

    @Override
    public boolean verify(char[] password, String encodedHash) {
        Matcher phc = encodedHash == null ? null : PHC.matcher(encodedHash);
        if (phc == null || !phc.matches()) {
            return false;
        }
        int memory = Integer.parseInt(phc.group(1));
        int passes = Integer.parseInt(phc.group(2));
        int lanes = Integer.parseInt(phc.group(3));
        if (passes < 1 || lanes < 1 || memory < 8 * lanes || memory > MAX_MEMORY_KIB) {
            return false;
        }
        byte[] salt = DECODER.decode(phc.group(4));
        byte[] expected = DECODER.decode(phc.group(5));
        byte[] actual = derive(password, salt, memory, passes, lanes, expected.length);
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] derive(
            char[] password, byte[] salt, int memory, int passes, int lanes, int length) {
        Argon2Parameters parameters =
                new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                        .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                        .withMemoryAsKB(memory)
                        .withIterations(passes)
                        .withParallelism(lanes)
                        .withSalt(salt)
                        .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] secret = utf8(password);
        byte[] out = new byte[length];
        try {
            generator.generateBytes(secret, out);
            return out;
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    /** The password's UTF-8 bytes without an intermediate String that would linger in memory. */
    private static byte[] utf8(char[] password) {
        ByteBuffer buffer = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = Arrays.copyOfRange(buffer.array(), buffer.position(), buffer.limit());
        Arrays.fill(buffer.array(), (byte) 0);
        return bytes;
    }
}
