package es.clinica.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SessionTokensTest {

    @Test
    void tokenCarriesAtLeast128RandomBits() {
        byte[] decoded = Base64.getUrlDecoder().decode(SessionTokens.newToken());

        assertThat(decoded.length * 8).isGreaterThanOrEqualTo(128);
    }

    @Test
    void tokenIsUrlSafeText() {
        assertThat(SessionTokens.newToken()).matches("[A-Za-z0-9_-]{43}");
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            tokens.add(SessionTokens.newToken());
        }

        assertThat(tokens).hasSize(1000);
    }
}
