package es.clinica.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import es.clinica.domain.Icd10Code;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class Icd10CodeFileTest {

    private static final String SUBSET = "/icd10/icd10cm_2023_subset.txt";

    @Test
    void officialSubsetReadsEveryCodeInFileOrder() {
        List<Icd10Code> codes = readSubset();

        assertThat(codes).hasSize(1_159);
        assertThat(codes.get(0))
                .isEqualTo(
                        new Icd10Code(
                                "A000", "Cholera due to Vibrio cholerae 01, biovar cholerae"));
        assertThat(codes)
                .contains(
                        new Icd10Code(
                                "A482", "Nonpneumonic Legionnaires' disease [Pontiac fever]"));
    }

    @Test
    void crlfLineEndingsLeaveNoCarriageReturnInDescriptions() {
        String crlf =
                "A000    Cholera due to Vibrio cholerae 01, biovar cholerae\r\n"
                        + "I5A     Non-ischemic myocardial injury (non-traumatic)\r\n";

        List<Icd10Code> codes =
                Icd10CodeFile.read(stream(crlf.getBytes(StandardCharsets.US_ASCII)), "crlf");

        assertThat(codes)
                .containsExactly(
                        new Icd10Code("A000", "Cholera due to Vibrio cholerae 01, biovar cholerae"),
                        new Icd10Code("I5A", "Non-ischemic myocardial injury (non-traumatic)"));
    }

    @Test
    void gzippedAndPlainFilesReadTheSame() throws IOException {
        byte[] plain = subsetBytes();
        Path gzipped =
                Files.createDirectories(Path.of("target", "icd10-test")).resolve("subset.txt.gz");
        Files.write(gzipped, gzip(plain));

        assertThat(Icd10CodeFile.read(gzipped)).isEqualTo(readSubset());
    }

    @Test
    void malformedLineIsRefusedWithItsLineNumber() {
        String text = "A000    Cholera\r\nnot a code here\r\n";

        assertThatThrownBy(
                        () ->
                                Icd10CodeFile.read(
                                        stream(text.getBytes(StandardCharsets.US_ASCII)),
                                        "bad.txt"))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "icd10.file.invalid")
                .satisfies(
                        e ->
                                assertThat(((InvalidInputException) e).arguments())
                                        .containsExactly("bad.txt", 2));
    }

    @Test
    void codeWithoutDescriptionIsRefused() {
        assertThatThrownBy(
                        () ->
                                Icd10CodeFile.read(
                                        stream("A000\r\n".getBytes(StandardCharsets.US_ASCII)),
                                        "short"))
                .hasFieldOrPropertyWithValue("messageKey", "icd10.file.invalid");
    }

    @Test
    void missingFileIsUnreadable() {
        assertThatThrownBy(() -> Icd10CodeFile.read(Path.of("target", "no-such-icd10.txt")))
                .hasFieldOrPropertyWithValue("messageKey", "icd10.file.unreadable");
    }

    @Test
    void displayedCodeHasItsDotAfterTheThirdCharacter() {
        assertThat(new Icd10Code("A000", "x").dottedCode()).isEqualTo("A00.0");
        assertThat(new Icd10Code("H4010X0", "x").dottedCode()).isEqualTo("H40.10X0");
        assertThat(new Icd10Code("I5A", "x").dottedCode()).isEqualTo("I5A");
        assertThat(readSubset())
                .allSatisfy(
                        c ->
                                assertThat(c.dottedCode())
                                        .matches("[A-Z][0-9A-Z]{2}(\\.[0-9A-Z]{1,4})?"));
    }

    static List<Icd10Code> readSubset() {
        try (InputStream in = Icd10CodeFileTest.class.getResourceAsStream(SUBSET)) {
            return Icd10CodeFile.read(in, SUBSET);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] subsetBytes() throws IOException {
        try (InputStream in = Icd10CodeFileTest.class.getResourceAsStream(SUBSET)) {
            return in.readAllBytes();
        }
    }

    private static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(plain);
        }
        return out.toByteArray();
    }

    private static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }
}
