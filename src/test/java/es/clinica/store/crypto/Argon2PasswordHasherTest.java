package es.clinica.store.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Argon2PasswordHasherTest {

    private final Argon2PasswordHasher hasher = new Argon2PasswordHasher();

    @Test
    void hashIsArgon2idInPhcFormatWithOwaspParameters() {
        String hash = hasher.hash("secreto-de-prueba".toCharArray());

        assertThat(hash)
                .matches(
                        "\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(hash).doesNotContain("secreto");
    }

    @Test
    void rightPasswordVerifiesAndWrongOneDoesNot() {
        String hash = hasher.hash("contraseña-ñ-1".toCharArray());

        assertThat(hasher.verify("contraseña-ñ-1".toCharArray(), hash)).isTrue();
        assertThat(hasher.verify("contraseña-n-1".toCharArray(), hash)).isFalse();
        assertThat(hasher.verify(new char[0], hash)).isFalse();
    }

    @Test
    void samePasswordGetsADifferentSaltEachTime() {
        String first = hasher.hash("misma-clave".toCharArray());
        String second = hasher.hash("misma-clave".toCharArray());

        assertThat(first).isNotEqualTo(second);
        assertThat(hasher.verify("misma-clave".toCharArray(), second)).isTrue();
    }

    @Test
    void hashMadeWithOtherParametersStillVerifies() {
        String cheap = new Argon2PasswordHasher(1024, 1, 1).hash("clave-antigua".toCharArray());

        assertThat(hasher.verify("clave-antigua".toCharArray(), cheap)).isTrue();
    }

    @Test
    void malformedOrForeignHashesNeverVerify() {
        char[] password = "x".toCharArray();

        assertThat(hasher.verify(password, null)).isFalse();
        assertThat(hasher.verify(password, "")).isFalse();
        assertThat(hasher.verify(password, "plain$x")).isFalse();
        assertThat(
                        hasher.verify(
                                password,
                                "$argon2i$v=19$m=1024,t=1,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA"))
                .isFalse();
        assertThat(
                        hasher.verify(
                                password,
                                "$argon2id$v=19$m=9999999,t=1,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA"))
                .isFalse();
    }
}
