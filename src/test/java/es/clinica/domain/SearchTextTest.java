package es.clinica.domain;

import static org.assertj.core.api.Assertions.assertThat;

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
    void queryOfPhoneDigitsIsOneWord() {
        assertThat(SearchText.queryWords("600 12 34 56")).containsExactly("600123456");
        assertThat(SearchText.queryWords("+34 (600) 123-456")).containsExactly("34600123456");
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
