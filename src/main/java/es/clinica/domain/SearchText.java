package es.clinica.domain;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How names are folded for search, written once so the stored search column and the typed query
 * fold the same way. This Javadoc is the decision:
 *
 * <ul>
 *   <li>lower case (root locale), accents and diacritics removed, so ñ becomes n and ç becomes c;
 *   <li>apostrophes (', ’, ʼ, `, ´) are removed, joining the pieces: O'Keefe and O’Keefe fold to
 *       {@code okeefe};
 *   <li>hyphens, dots, commas and other punctuation become spaces: García-Lorca folds to {@code
 *       garcia lorca};
 *   <li>runs of spaces collapse to one, and the ends are trimmed.
 * </ul>
 *
 * A query matches when every folded word of it occurs inside the folded text, so "o keefe" finds
 * O'Keefe too (both "o" and "keefe" occur in "okeefe").
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’ʼ`´‘]");
    private static final Pattern OTHER = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchText() {}

    /** Folds {@code text}; {@code null} folds to the empty string. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        String joined = APOSTROPHES.matcher(plain).replaceAll("");
        return OTHER.matcher(joined).replaceAll(" ").trim();
    }

    /** Folds every piece and joins the non-empty ones with one space. */
    public static String foldAll(String... pieces) {
        return String.join(" ", Arrays.stream(pieces).map(SearchText::fold).toArray(String[]::new))
                .replaceAll(" +", " ")
                .trim();
    }

    /** Only the digits of a phone number, so "+34 600-12 34 56" is stored as 34600123456. */
    public static String phoneDigits(String phone) {
        return phone == null ? "" : phone.replaceAll("\\D", "");
    }

    /**
     * The folded words of a name query.
     *
     * @return the words, empty for a blank query
     */
    public static List<String> queryWords(String query) {
        String folded = fold(query);
        return folded.isEmpty() ? List.of() : List.of(folded.split(" "));
    }
}
