package es.clinica.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NationalIdTest {

    @Test
    void dniWithRightLetterIsNormalised() {
        NationalId id = NationalId.parse(" 12.345.678-z ");

        assertThat(id.type()).isEqualTo(NationalIdType.DNI);
        assertThat(id.value()).isEqualTo("12345678Z");
    }

    @Test
    void dniWithWrongLetterIsRefusedNamingTheRightOne() {
        assertThatThrownBy(() -> NationalId.parse("12345678A"))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        e -> {
                            assertThat(e.messageKey()).isEqualTo("patient.nationalId.letter");
                            assertThat(e.field()).contains("nationalId");
                            assertThat(e.arguments()).containsExactly('Z');
                        });
    }

    @Test
    void nieMapsItsLeadingLetterToADigit() {
        assertThat(NationalId.parse("X1234567L").type()).isEqualTo(NationalIdType.NIE);
        assertThat(NationalId.parse("y-1234567-x").value()).isEqualTo("Y1234567X");
        assertThat(NationalId.parse("Z1234567R").value()).isEqualTo("Z1234567R");
        assertThatThrownBy(() -> NationalId.parse("X1234567A"))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("patient.nationalId.letter");
    }

    @Test
    void dniCannotBeDeclaredWithAnotherShape() {
        assertThatThrownBy(() -> NationalId.of(NationalIdType.DNI, "1234567Z"))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("patient.nationalId.invalid");
        assertThatThrownBy(() -> NationalId.of(NationalIdType.NIE, "12345678Z"))
                .hasMessage("patient.nationalId.invalid");
    }

    @Test
    void passportIsFiveToTwentyLettersOrDigits() {
        assertThat(NationalId.parse("pa1234567").type()).isEqualTo(NationalIdType.PASSPORT);
        assertThat(NationalId.parse("pa1234567").value()).isEqualTo("PA1234567");
        assertThatThrownBy(() -> NationalId.parse("AB12")).hasMessage("patient.nationalId.invalid");
        assertThatThrownBy(() -> NationalId.parse("A'; DROP TABLE patients"))
                .hasMessage("patient.nationalId.invalid");
        assertThatThrownBy(() -> NationalId.parse("")).hasMessage("patient.nationalId.invalid");
    }

    @Test
    void everyRemainderHasItsLetter() {
        assertThat(NationalId.dniLetter(0)).isEqualTo('T');
        assertThat(NationalId.dniLetter(22)).isEqualTo('E');
        assertThat(NationalId.dniLetter(23)).isEqualTo('T');
    }
}
