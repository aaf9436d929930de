package es.clinica.service;

import es.clinica.domain.Icd10Code;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An immutable in-memory index of the catalog: codes sorted for prefix search by binary search, and
 * a sorted vocabulary of the descriptions' folded words, each with the ascending positions of the
 * codes that use it, so a word prefix is a range of the vocabulary.
 */
final class Icd10Index {

    private static final Pattern CODE_LIKE = Pattern.compile("[A-Z][0-9][0-9A-Z]{0,5}");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final int[] NO_POSITIONS = new int[0];
    private static final long POSITION_MASK = (1L << 20) - 1;
    private static final long LENGTH_MASK = (1L << 16) - 1;

    private final Icd10Code[] entries;
    private final String[] codes;
    private final String[] words;
    private final int[][] positions;

    Icd10Index(List<Icd10Code> catalog) {
        if (catalog.size() > POSITION_MASK) {
            throw new IllegalArgumentException("Too many codes to index: " + catalog.size());
        }
        this.entries = sortedUniqueByCode(catalog);
        this.codes = Arrays.stream(entries).map(Icd10Code::code).toArray(String[]::new);
        Map<String, IntList> vocabulary = vocabulary(entries);
        this.words = vocabulary.keySet().toArray(String[]::new);
        Arrays.sort(words);
        this.positions = new int[words.length][];
        for (int i = 0; i < words.length; i++) {
            positions[i] = vocabulary.get(words[i]).toArray();
        }
    }

    int size() {
        return entries.length;
    }

    Optional<Icd10Code> findByCode(String code) {
        int at = Arrays.binarySearch(codes, normalizedCode(code));
        return at >= 0 ? Optional.of(entries[at]) : Optional.empty();
    }

    List<Icd10Code> search(String query, int limit) {
        Set<Integer> found = new LinkedHashSet<>();
        String code = normalizedCode(query);
        if (CODE_LIKE.matcher(code).matches()) {
            addCodePrefixMatches(code, limit, found);
        }
        if (found.size() < limit) {
            addWordMatches(tokens(query), limit, found);
        }
        List<Icd10Code> result = new ArrayList<>(found.size());
        found.forEach(i -> result.add(entries[i]));
        return result;
    }

    // Shorter codes first: the exact code, then the categories, then their subdivisions.
    private void addCodePrefixMatches(String prefix, int limit, Set<Integer> found) {
        int from = lowerBound(codes, prefix);
        int to = from;
        while (to < codes.length && codes[to].startsWith(prefix)) {
            to++;
        }
        for (int length = prefix.length(); length <= 7 && found.size() < limit; length++) {
            for (int i = from; i < to && found.size() < limit; i++) {
                if (codes[i].length() == length) {
                    found.add(i);
                }
            }
        }
    }

    private void addWordMatches(List<String> tokens, int limit, Set<Integer> found) {
        if (tokens.isEmpty()) {
            return;
        }
        BitSet matches = codesWithWordPrefix(tokens.get(0));
        for (String token : tokens.subList(1, tokens.size())) {
            matches.and(codesWithWordPrefix(token));
        }
        found.forEach(matches::clear);
        for (int entry : best(matches, tokens, limit - found.size())) {
            found.add(entry);
        }
    }

    private BitSet codesWithWordPrefix(String prefix) {
        BitSet result = new BitSet(entries.length);
        for (int w = lowerBound(words, prefix); w < words.length; w++) {
            if (!words[w].startsWith(prefix)) {
                break;
            }
            for (int position : positions[w]) {
                result.set(position);
            }
        }
        return result;
    }

    /**
     * The best {@code limit} matches: most query words found as whole words of the description,
     * then the shorter code (the category before its refinements: E11.9 before E11.621), then the
     * shorter description, then the code. Each match is ranked by one long key, kept in a small
     * sorted array, so that a query matching most of the catalog still costs a few milliseconds.
     */
    private int[] best(BitSet matches, List<String> tokens, int limit) {
        int[][] exact = tokens.stream().map(this::positionsOfWord).toArray(int[][]::new);
        long[] top = new long[limit];
        int count = 0;
        for (int i = matches.nextSetBit(0); i >= 0; i = matches.nextSetBit(i + 1)) {
            long key = rankKey(exact, i);
            if (count < limit || key < top[count - 1]) {
                int at = -Arrays.binarySearch(top, 0, count, key) - 1;
                int kept = Math.min(count, limit - 1);
                System.arraycopy(top, at, top, at + 1, kept - at);
                top[at] = key;
                count = kept + 1;
            }
        }
        int[] ranked = new int[count];
        for (int i = 0; i < count; i++) {
            ranked[i] = (int) (top[i] & POSITION_MASK);
        }
        return ranked;
    }

    private long rankKey(int[][] exact, int entry) {
        long misses = exact.length - wholeWordHits(exact, entry);
        long codeLength = codes[entry].length();
        long descriptionLength = Math.min(entries[entry].description().length(), LENGTH_MASK);
        return misses << 40 | codeLength << 36 | descriptionLength << 20 | entry;
    }

    private int[] positionsOfWord(String word) {
        int at = Arrays.binarySearch(words, word);
        return at >= 0 ? positions[at] : NO_POSITIONS;
    }

    private static int wholeWordHits(int[][] exact, int entry) {
        int hits = 0;
        for (int[] withWord : exact) {
            if (Arrays.binarySearch(withWord, entry) >= 0) {
                hits++;
            }
        }
        return hits;
    }

    private static Icd10Code[] sortedUniqueByCode(List<Icd10Code> catalog) {
        Map<String, Icd10Code> byCode = new HashMap<>(catalog.size() * 2);
        for (Icd10Code code : catalog) {
            byCode.putIfAbsent(code.code(), code);
        }
        Icd10Code[] sorted = byCode.values().toArray(Icd10Code[]::new);
        Arrays.sort(sorted, Comparator.comparing(Icd10Code::code));
        return sorted;
    }

    private static Map<String, IntList> vocabulary(Icd10Code[] entries) {
        Map<String, IntList> vocabulary = new HashMap<>(32_768);
        for (int i = 0; i < entries.length; i++) {
            for (String word : tokens(entries[i].description())) {
                vocabulary.computeIfAbsent(word, w -> new IntList()).addOnce(i);
            }
        }
        return vocabulary;
    }

    static String normalizedCode(String text) {
        return text.strip().replace(".", "").toUpperCase(Locale.ROOT);
    }

    /**
     * The words of a text, lower case, without accents, with apostrophes dropped so that
     * "Alzheimer's" and "alzheimers" meet.
     */
    static List<String> tokens(String text) {
        String folded = fold(text);
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean inWord = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                tokens.add(folded.substring(start, i));
                start = -1;
            }
        }
        return tokens;
    }

    private static String fold(String text) {
        String withoutApostrophes = text.replace("'", "").replace("\u2019", "");
        String lower = withoutApostrophes.toLowerCase(Locale.ROOT);
        if (isAscii(lower)) {
            return lower;
        }
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }

    private static int lowerBound(String[] sorted, String key) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle].compareTo(key) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** A growable array of ascending ints, cheaper than boxed lists for 600,000 postings. */
    private static final class IntList {
        private int[] values = new int[4];
        private int size;

        /** Adds a value not below the last one, once: a word may recur in a description. */
        void addOnce(int value) {
            if (size > 0 && values[size - 1] == value) {
                return;
            }
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
