package es.clinica.domain;

import java.util.List;
import java.util.Locale;

/**
 * What a patient search box's text means, decided once so every store searches the same way:
 *
 * <ul>
 *   <li>only digits and phone punctuation: a phone number (matched on its last digits, so "600 12
 *       34 56" finds "+34 600123456") or the start of a national id ("12345678");
 *   <li>one token with a digit in it ("12345678Z", "X1234567L", "PA12345"): the start of a national
 *       id, normalised like {@link NationalId#normalise};
 *   <li>anything else: name words folded by {@link SearchText}, each of which must occur in the
 *       patient's names.
 * </ul>
 *
 * @param kind which of the three
 * @param words the folded name words (for {@link Kind#NAME}), else one normalised token
 */
public record PatientQuery(Kind kind, List<String> words) {

    /** What was typed. */
    public enum Kind {
        NONE,
        NAME,
        NATIONAL_ID,
        PHONE
    }

    /** Parses what was typed; {@code null} or blank is {@link Kind#NONE}. */
    public static PatientQuery parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.matches("\\+?[\\d\\s().\\-]+") && text.chars().anyMatch(Character::isDigit)) {
            return new PatientQuery(Kind.PHONE, List.of(SearchText.phoneDigits(text)));
        }
        String token = NationalId.normalise(text);
        if (token.matches("[A-Z0-9]*\\d[A-Z0-9]*")) {
            return new PatientQuery(Kind.NATIONAL_ID, List.of(token.toUpperCase(Locale.ROOT)));
        }
        List<String> words = SearchText.queryWords(text);
        return words.isEmpty()
                ? new PatientQuery(Kind.NONE, List.of())
                : new PatientQuery(Kind.NAME, words);
    }
}
