package es.clinica.service;

import es.clinica.domain.Icd10Code;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ICD-10-CM diagnosis catalog the consultation screen searches, held in memory.
 *
 * <p>The catalog is read and indexed on the first call that needs it (for the 74,719 codes of
 * FY2026, 0.3 to 1.5 s measured on a busy two-core machine), not when it is created. Call {@link
 * #load()} on a background thread at start-up so that nobody waits; the first {@link #search}
 * otherwise blocks until the load ends, and refuses ({@link IllegalStateException}) to load on the
 * JavaFX application thread. Once loaded, a search takes well under a millisecond for a code or a
 * word, a few milliseconds for a one-letter word that starts words in most descriptions, and the
 * catalog is safe to use from any thread.
 */
public final class Icd10Catalog {

    /** The complete official FY2026 code file shipped with Clinica. */
    public static final String BUNDLED_RESOURCE = "/es/clinica/icd10/icd10cm-codes-2026.txt.gz";

    private static final Logger LOGGER = LoggerFactory.getLogger(Icd10Catalog.class);
    private static final String FX_THREAD = "JavaFX Application Thread";

    private final String sourceName;
    private final Supplier<List<Icd10Code>> source;
    private volatile Icd10Index index;

    private Icd10Catalog(String sourceName, Supplier<List<Icd10Code>> source) {
        this.sourceName = sourceName;
        this.source = source;
    }

    /** The catalog of the code file shipped with Clinica. */
    public static Icd10Catalog bundled() {
        return new Icd10Catalog(BUNDLED_RESOURCE, Icd10Catalog::readBundled);
    }

    /**
     * The catalog of an official code file (gzipped or plain) on disk, e.g. next year's file; it is
     * read on first use, and a broken file fails that use with {@link InvalidInputException}.
     */
    public static Icd10Catalog fromFile(Path file) {
        return new Icd10Catalog(String.valueOf(file), () -> Icd10CodeFile.read(file));
    }

    /** A catalog of the given codes, e.g. for tests and demos. */
    public static Icd10Catalog of(List<Icd10Code> codes) {
        List<Icd10Code> copy = List.copyOf(codes);
        return new Icd10Catalog("memory", () -> copy);
    }

    /**
     * Reads and indexes the catalog now if it is not yet loaded; blocks until done. Meant for a
     * background thread at start-up.
     *
     * @throws InvalidInputException when the code file cannot be read or is malformed
     */
    public void load() {
        index();
    }

    /**
     * Codes matching a query, best first, at most {@code limit}. A query that looks like a code
     * ({@code e11}, {@code E11.9}, {@code h40.10x}: a letter, a digit, up to five more; dot and
     * case ignored) lists that exact code, then longer codes starting with it, shorter first. Then,
     * or otherwise, codes whose description has, for every word of the query, a word starting with
     * it (case, accents and apostrophes ignored: "Diabétes type 2" finds E11.9 among others; the
     * descriptions are English), those matching whole words and with shorter descriptions first.
     *
     * @param query what the user typed; blank gives an empty list
     * @param limit the most codes wanted, at least 1
     * @return the matches, never null; empty when nothing matches
     */
    public List<Icd10Code> search(String query, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return index().search(query, limit);
    }

    /** The code with this code, written with or without its dot, in any case. */
    public Optional<Icd10Code> findByCode(String code) {
        return code == null ? Optional.empty() : index().findByCode(code);
    }

    /** How many codes the catalog holds. */
    public int size() {
        return index().size();
    }

    private Icd10Index index() {
        Icd10Index loaded = index;
        if (loaded == null) {
            refuseToLoadOnTheFxThread();
            synchronized (this) {
                loaded = index;
                if (loaded == null) {
                    loaded = build();
                    index = loaded;
                }
            }
        }
        return loaded;
    }

    // Recognised by name, as the store adapters do, so that this layer needs no JavaFX.
    private static void refuseToLoadOnTheFxThread() {
        if (FX_THREAD.equals(Thread.currentThread().getName())) {
            throw new IllegalStateException(
                    "The ICD-10 catalog would load on the JavaFX application thread; call load()"
                            + " in the background first");
        }
    }

    private Icd10Index build() {
        long start = System.nanoTime();
        Icd10Index built = new Icd10Index(source.get());
        LOGGER.info(
                "ICD-10 catalog loaded from {}: {} codes in {} ms",
                sourceName,
                built.size(),
                (System.nanoTime() - start) / 1_000_000);
        return built;
    }

    private static List<Icd10Code> readBundled() {
        try (InputStream in = Icd10Catalog.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + BUNDLED_RESOURCE);
            }
            return Icd10CodeFile.read(in, BUNDLED_RESOURCE);
        } catch (IOException e) {
            throw new InvalidInputException("icd10.file.unreadable", null, e, BUNDLED_RESOURCE);
        }
    }
}
