package es.clinica.ui.consultation;

import es.clinica.domain.Allergy;
import es.clinica.domain.AllergySeverity;
import es.clinica.domain.SearchText;
import java.util.Comparator;
import java.util.List;

/**
 * Which recorded allergies a prescribed drug may touch, and the order the allergy banner lists
 * them.
 *
 * <p>The match is textual only: both texts are folded (case, accents, apostrophes ignored) and a
 * drug matches an allergy when a word of one starts with a word of the other of at least {@value
 * #MIN_WORD} letters ("Penicilina V" against "penicilina", "ibuprofeno 600 mg" against
 * "Ibuprofeno"). It knows no drug classes or active ingredients: "Amoxicilina" does NOT warn for an
 * allergy to "Penicilina", nor a brand name for its ingredient. The screen therefore only adds a
 * warning beside the prescription; it never refuses one, and the allergy banner stays the doctor's
 * first check.
 */
final class AllergyWarnings {

    /** Shorter words ("de", "mg", "v") would match almost anything. */
    static final int MIN_WORD = 4;

    /** Severe first, then moderate, mild and unknown; by substance within a severity. */
    static final Comparator<Allergy> BANNER_ORDER =
            Comparator.comparingInt((Allergy a) -> rank(a.severity()))
                    .thenComparing(a -> SearchText.fold(a.substance()));

    private AllergyWarnings() {}

    /** The allergies {@code drug} may touch, in banner order; empty when none or blank. */
    static List<Allergy> matching(String drug, List<Allergy> allergies) {
        List<String> drugWords = words(drug);
        if (drugWords.isEmpty()) {
            return List.of();
        }
        return allergies.stream()
                .filter(a -> overlaps(drugWords, words(a.substance())))
                .sorted(BANNER_ORDER)
                .toList();
    }

    /** The allergies in banner order. */
    static List<Allergy> inBannerOrder(List<Allergy> allergies) {
        return allergies.stream().sorted(BANNER_ORDER).toList();
    }

    private static boolean overlaps(List<String> drugWords, List<String> substanceWords) {
        for (String d : drugWords) {
            for (String s : substanceWords) {
                if (d.startsWith(s) || s.startsWith(d)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> words(String text) {
        return SearchText.queryWords(text).stream().filter(w -> w.length() >= MIN_WORD).toList();
    }

    private static int rank(AllergySeverity severity) {
        switch (severity) {
            case SEVERE:
                return 0;
            case MODERATE:
                return 1;
            case MILD:
                return 2;
            default:
                return 3;
        }
    }
}
