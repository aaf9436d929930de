package es.clinica.store.pdf;

import static es.clinica.ui.billing.Invoices.line;
import static org.assertj.core.api.Assertions.assertThat;

import es.clinica.domain.InvoiceStatus;
import es.clinica.service.InvoiceDocument;
import es.clinica.ui.billing.Invoices;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class InvoicePdfWriterTest {

    private static final Path FOLDER = Path.of("target", "test-pdf");
    private static final Pattern AMOUNT = Pattern.compile("-?[0-9][0-9,]*\\.[0-9]{2}");

    private final InvoiceDocument document =
            Invoices.document(
                    InvoiceStatus.ISSUED,
                    line("CONS-MG", "1", "40.00", "0"),
                    line("MAT-CUR", "3", "0.35", "10"),
                    line("CERT", "1", "30.05", "21"),
                    line("INF", "2", "12.345", "21"));

    @Test
    void pdfShowsNumberPatientLinesAndTotals() throws IOException {
        String text = written("F-2026-000017.pdf", Locale.ENGLISH);

        assertThat(text)
                .contains("Clínica Demo")
                .contains("Tax id: B00000000")
                .contains("Number: F-2026-000017")
                .contains("Patient: María Núñez O'Neill")
                .contains("Servicio CONS-MG")
                .contains("Servicio CERT")
                .contains("Tax breakdown")
                .contains("Total");
        assertThat(text).contains("40.00").contains("1.16").contains("36.36");
    }

    @Test
    void printedAmountsAddUpExactly() throws IOException {
        String text = written("sums.pdf", Locale.ENGLISH);
        List<String> rows = text.lines().filter(l -> l.startsWith("Servicio ")).toList();

        BigDecimal base = BigDecimal.ZERO;
        BigDecimal tax = BigDecimal.ZERO;
        for (String row : rows) {
            List<BigDecimal> amounts = amounts(row);
            BigDecimal lineBase = amounts.get(amounts.size() - 3);
            BigDecimal lineTax = amounts.get(amounts.size() - 2);
            assertThat(lineBase.add(lineTax)).isEqualByComparingTo(amounts.get(amounts.size() - 1));
            base = base.add(lineBase);
            tax = tax.add(lineTax);
        }

        assertThat(rows).hasSize(4);
        assertThat(amountAfter(text, "Taxable base")).isEqualByComparingTo(base);
        assertThat(amountAfter(text, "Tax ")).isEqualByComparingTo(tax);
        assertThat(amountAfter(text, "Total ")).isEqualByComparingTo(base.add(tax));
        assertThat(base.add(tax)).isEqualByComparingTo(document.invoice().totals().total());
    }

    @Test
    void spanishPdfUsesSpanishLabels() throws IOException {
        String text = written("es.pdf", Locale.forLanguageTag("es"));

        assertThat(text).contains("Número: F-2026-000017").contains("Desglose de IVA");
        assertThat(text).contains("40,00");
    }

    private String written(String name, Locale locale) throws IOException {
        Path target = FOLDER.resolve(name);
        Files.deleteIfExists(target);

        new InvoicePdfWriter().write(document, locale, target);

        assertThat(target).exists();
        try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    private static List<BigDecimal> amounts(String row) {
        List<BigDecimal> found = new ArrayList<>();
        Matcher matcher = AMOUNT.matcher(row);
        while (matcher.find()) {
            found.add(new BigDecimal(matcher.group().replace(",", "")));
        }
        return found;
    }

    private static BigDecimal amountAfter(String text, String label) {
        String row =
                text.lines()
                        .filter(l -> l.startsWith(label))
                        .reduce((first, second) -> second)
                        .orElseThrow();
        List<BigDecimal> amounts = amounts(row);
        return amounts.get(amounts.size() - 1);
    }
}
