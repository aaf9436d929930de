package es.clinica.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DiagnosisTest {

    @Test
    void acceptsIcd10ShapesAndStoresThemUpperCase() {
        assertThat(new Diagnosis(" j06.9 ", "Infección aguda").code()).isEqualTo("J06.9");
        assertThat(Diagnosis.isIcd10("E11")).isTrue();
        assertThat(Diagnosis.isIcd10("S72.001A")).isTrue();
    }

    @Test
    void refusesTextThatIsNotAnIcd10Code() {
        assertThat(Diagnosis.isIcd10("123")).isFalse();
        assertThat(Diagnosis.isIcd10("J06.")).isFalse();
        assertThatThrownBy(() -> new Diagnosis("gripe", "Gripe"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
