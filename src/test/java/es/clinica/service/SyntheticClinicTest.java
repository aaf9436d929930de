package es.clinica.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SyntheticClinicTest {

    @Test
    void sameSeedGivesTheSamePatients() {
        SyntheticClinic one = new SyntheticClinic(42);
        SyntheticClinic two = new SyntheticClinic(42);

        IntStream.range(0, 50).forEach(i -> assertThat(one.person(i)).isEqualTo(two.person(i)));
        assertThat(new SyntheticClinic(43).person(0)).isNotEqualTo(one.person(0));
    }

    @Test
    void nationalIdsAreValidAndUniqueWithinASeed() {
        SyntheticClinic clinic = new SyntheticClinic(7);
        Set<String> ids = new HashSet<>();

        IntStream.range(0, 20_000)
                .forEach(i -> ids.add(clinic.person(i).data().nationalId().orElseThrow().value()));

        assertThat(ids).hasSize(20_000);
    }

    @Test
    void namesCarrySpanishLetters() {
        SyntheticClinic clinic = new SyntheticClinic(1);

        assertThat(
                        IntStream.range(0, 500)
                                .mapToObj(i -> clinic.person(i).data().name().display())
                                .anyMatch(n -> n.contains("ñ") || n.contains("Ñ")))
                .isTrue();
    }
}
