package es.clinica.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import es.clinica.domain.Icd10Code;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class Icd10CatalogTest {

    private static final Icd10Catalog FULL = Icd10Catalog.bundled();
    private static final Icd10Catalog SUBSET = Icd10Catalog.of(Icd10CodeFileTest.readSubset());

    @BeforeAll
    static void loadOnce() {
        FULL.load();
    }

    @Test
    void shippedFileHoldsTheCompleteFy2026List() {
        assertThat(FULL.size()).isEqualTo(74_719);
        assertThat(FULL.findByCode("H40.10X0").map(Icd10Code::description))
                .contains("Unspecified open-angle glaucoma, stage unspecified");
    }

    @Test
    void shippedFileIsByteForByteTheOfficialOne() throws IOException, NoSuchAlgorithmException {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        try (InputStream in =
                new GZIPInputStream(
                        Icd10Catalog.class.getResourceAsStream(Icd10Catalog.BUNDLED_RESOURCE))) {
            sha256.update(in.readAllBytes());
        }

        assertThat(HexFormat.of().formatHex(sha256.digest()))
                .isEqualTo("a7e2a77e4627ed55c8afe2b8a7ae22efcbab6b6b162d96cf145213772c1246ba");
    }

    @Test
    void codePrefixFindsTheCategoryFirstThenItsSubdivisions() {
        List<Icd10Code> found = FULL.search("e11", 5);

        assertThat(found).hasSize(5);
        assertThat(found).allSatisfy(c -> assertThat(c.code()).startsWith("E11"));
        assertThat(found.get(0).code()).isEqualTo("E118");
        assertThat(found.get(1).code()).isEqualTo("E119");
    }

    @Test
    void dottedCodeInAnyCaseFindsThatCodeFirst() {
        assertThat(FULL.search("E11.9", 3))
                .first()
                .extracting(Icd10Code::dottedCode)
                .isEqualTo("E11.9");
        assertThat(FULL.search("  e11.9 ", 3))
                .first()
                .extracting(Icd10Code::code)
                .isEqualTo("E119");
        assertThat(FULL.search("h40.10x", 10))
                .extracting(Icd10Code::code)
                .contains("H4010X0", "H4010X4");
    }

    @Test
    void everyWordMustStartAWordOfTheDescription() {
        List<Icd10Code> found = FULL.search("type 2 diabetes", 10);

        assertThat(found).hasSize(10);
        assertThat(found.get(0).code()).isEqualTo("E119");
        assertThat(found)
                .allSatisfy(
                        c ->
                                assertThat(c.description().toLowerCase())
                                        .containsPattern("\\btype\\b")
                                        .containsPattern("\\b2")
                                        .contains("diabetes"));
        assertThat(found.subList(0, 5))
                .allSatisfy(c -> assertThat(c.description()).startsWith("Type 2 diabetes"));
    }

    @Test
    void wordPrefixesMatchInAnyOrder() {
        assertThat(FULL.search("diab typ 2", 3))
                .first()
                .extracting(Icd10Code::code)
                .isEqualTo("E119");
    }

    @Test
    void accentsCaseAndApostrophesAreIgnored() {
        assertThat(FULL.search("CÓLERA", 5)).isEmpty();
        assertThat(FULL.search("Chólera", 5)).extracting(Icd10Code::code).contains("A009");
        assertThat(SUBSET.search("legionnaires", 5))
                .extracting(Icd10Code::code)
                .contains("A481", "A482");
        assertThat(SUBSET.search("LEGIONNAIRE'S", 5)).extracting(Icd10Code::code).contains("A481");
    }

    @Test
    void limitCapsTheResults() {
        assertThat(FULL.search("fracture", 7)).hasSize(7);
        assertThat(FULL.search("S", 1)).hasSize(1);
        assertThat(SUBSET.search("a0", 3))
                .extracting(Icd10Code::code)
                .containsExactly("A09", "A000", "A001");
    }

    @Test
    void unknownOrBlankQueryFindsNothing() {
        assertThat(FULL.search("zzqx", 10)).isEmpty();
        assertThat(FULL.search("Z99.999", 10)).isEmpty();
        assertThat(FULL.search("   ", 10)).isEmpty();
        assertThat(FULL.search("diabetes zzqx", 10)).isEmpty();
        assertThat(FULL.findByCode("Q00.00")).isEmpty();
    }

    @Test
    void firstLoadIsRefusedOnTheFxThread() throws InterruptedException {
        Icd10Catalog notLoaded = Icd10Catalog.of(List.of(new Icd10Code("A000", "Cholera")));
        AtomicReference<RuntimeException> refusal = new AtomicReference<>();
        Thread fx =
                new Thread(
                        () -> {
                            try {
                                notLoaded.search("cholera", 5);
                            } catch (IllegalStateException e) {
                                refusal.set(e);
                            }
                        },
                        "JavaFX Application Thread");
        fx.start();
        fx.join();

        assertThat(refusal.get()).isInstanceOf(IllegalStateException.class);
        notLoaded.load();
        assertThat(notLoaded.search("cholera", 5))
                .extracting(Icd10Code::code)
                .containsExactly("A000");
    }

    @Test
    void limitBelowOneIsAProgrammingError() {
        assertThatThrownBy(() -> FULL.search("e11", 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
