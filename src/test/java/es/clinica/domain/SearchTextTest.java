package es.clinica.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void accentsCaseAndEnieAreFolded() {
        assertThat(SearchText.fold("García")).isEqualTo("garcia");
        assertThat(SearchText.fold("NÚÑEZ")).isEqualTo("nunez");
        assertThat(SearchText.fold("Çelik Müller")).isEqualTo("celik muller");
    }

    @Test
    void apostrophesJoinAndHyphensSeparate() {
        assertThat(SearchText.fold("O'Keefe")).isEqualTo("okeefe");
        assertThat(SearchText.fold("O’Keefe")).isEqualTo("okeefe");
        assertThat(SearchText.fold("García-Lorca")).isEqualTo("garcia lorca");
        assertThat(SearchText.fold("  Ana   María ")).isEqualTo("ana maria");
    }

    @Test
    void queryOfPhoneDigitsIsOnePhoneNumber() {
        assertThat(PatientQuery.parse("600 12 34 56"))
                .isEqualTo(new PatientQuery(PatientQuery.Kind.PHONE, List.of("600123456")));
        assertThat(PatientQuery.parse("+34 (600) 123-456").words()).containsExactly("34600123456");
    }

    @Test
    void queryWithDigitsAndLettersIsANationalId() {
        assertThat(PatientQuery.parse(" x-1234567-l "))
                .isEqualTo(new PatientQuery(PatientQuery.Kind.NATIONAL_ID, List.of("X1234567L")));
        assertThat(PatientQuery.parse("o'keefe nuñez"))
                .isEqualTo(new PatientQuery(PatientQuery.Kind.NAME, List.of("okeefe", "nunez")));
        assertThat(PatientQuery.parse(" ").kind()).isEqualTo(PatientQuery.Kind.NONE);
    }

    @Test
    void queryOfWordsIsFoldedWordByWord() {
        assertThat(SearchText.queryWords("o keefe")).containsExactly("o", "keefe");
        assertThat(SearchText.queryWords("Núñez García")).containsExactly("nunez", "garcia");
        assertThat(SearchText.queryWords("  ")).isEmpty();
        assertThat(SearchText.queryWords("'")).isEmpty();
    }

    @Test
    void personNameKeepsTextAsTypedButSearchesFolded() {
        PersonName name = PersonName.of("María José", "O'Keefe", "Núñez-Díaz");

        assertThat(name.display()).isEqualTo("María José O'Keefe Núñez-Díaz");
        assertThat(name.searchText()).isEqualTo("maria jose okeefe nunez diaz");
    }
}
