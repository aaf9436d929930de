package es.clinica.store.pdf;

import es.clinica.domain.InvoiceLine;
import es.clinica.domain.InvoiceTotals;
import es.clinica.service.InvoiceDocument;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Lays an invoice out top to bottom on A4 pages, starting a new page when one is full. */
final class InvoicePage {

    private static final float MARGIN = 50;
    private static final float LINE_HEIGHT = 14;
    private static final float BODY_SIZE = 9;
    private static final float DESCRIPTION_WIDTH = 170;

    /** Right edges of the numeric columns: quantity, unit price, rate, base, tax, total. */
    private static final float[] NUMBER_COLUMNS = {265, 325, 370, 430, 490, 545};

    private final PDDocument pdf;
    private final PdfTexts texts;
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDPageContentStream stream;
    private float y;

    InvoicePage(PDDocument pdf, PdfTexts texts) throws IOException {
        this.pdf = pdf;
        this.texts = texts;
        newPage();
    }

    void header(InvoiceDocument document) throws IOException {
        text(bold, 16, MARGIN, document.clinic().name());
        for (String line : document.clinic().address()) {
            text(regular, BODY_SIZE, MARGIN, line);
        }
        text(regular, BODY_SIZE, MARGIN, texts.get("invoice.pdf.taxId", document.clinic().taxId()));
        y -= LINE_HEIGHT;
        String title = document.isCreditNote() ? "invoice.pdf.creditNote" : "invoice.pdf.invoice";
        text(bold, 14, MARGIN, texts.get(title));
        text(bold, 11, MARGIN, texts.get("invoice.pdf.number", document.number().orElse("")));
        text(regular, 11, MARGIN, texts.get("invoice.pdf.date", texts.date(document.date())));
        text(regular, 11, MARGIN, texts.get("invoice.pdf.patient", document.patientName()));
        if (document.correctsNumber().isPresent()) {
            text(
                    regular,
                    11,
                    MARGIN,
                    texts.get("invoice.pdf.corrects", document.correctsNumber().get()));
        }
        y -= LINE_HEIGHT;
    }

    void lines(List<InvoiceLine> lines) throws IOException {
        columnHeadings();
        for (InvoiceLine line : lines) {
            ensureRoom(1);
            cell(regular, MARGIN, fitted(line.description()));
            row(
                    regular,
                    texts.quantity(line.quantity()),
                    texts.amount(line.unitPrice()),
                    texts.rate(line.taxRate()),
                    texts.amount(line.lineBase()),
                    texts.amount(line.lineTax()),
                    texts.amount(line.lineTotal()));
        }
        y -= LINE_HEIGHT / 2;
    }

    void totals(InvoiceTotals totals) throws IOException {
        ensureRoom(totals.byRate().size() + 6);
        text(bold, 11, MARGIN, texts.get("invoice.pdf.breakdown"));
        rowAt(
                bold,
                2,
                texts.get("invoice.pdf.column.rate"),
                texts.get("invoice.pdf.column.base"),
                texts.get("invoice.pdf.column.tax"));
        for (InvoiceTotals.TaxBreakdown share : totals.byRate().values()) {
            rowAt(
                    regular,
                    2,
                    texts.rate(share.rate()),
                    texts.amount(share.base()),
                    texts.amount(share.tax()));
        }
        y -= LINE_HEIGHT / 2;
        total(regular, "invoice.pdf.totals.base", texts.amount(totals.base()));
        total(regular, "invoice.pdf.totals.tax", texts.amount(totals.tax()));
        total(bold, "invoice.pdf.totals.total", texts.amount(totals.total()) + " €");
    }

    void finish() throws IOException {
        stream.close();
    }

    private void columnHeadings() throws IOException {
        cell(bold, MARGIN, texts.get("invoice.pdf.column.description"));
        row(
                bold,
                texts.get("invoice.pdf.column.quantity"),
                texts.get("invoice.pdf.column.unitPrice"),
                texts.get("invoice.pdf.column.rate"),
                texts.get("invoice.pdf.column.base"),
                texts.get("invoice.pdf.column.tax"),
                texts.get("invoice.pdf.column.total"));
    }

    private void total(PDType1Font font, String key, String value) throws IOException {
        cell(font, NUMBER_COLUMNS[2] + 10, texts.get(key));
        right(font, BODY_SIZE + 1, NUMBER_COLUMNS[5], value);
        y -= LINE_HEIGHT;
    }

    /** Writes {@code values} right-aligned in the numeric columns, then moves down one line. */
    private void row(PDType1Font font, String... values) throws IOException {
        rowAt(font, 0, values);
    }

    private void rowAt(PDType1Font font, int firstColumn, String... values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            right(font, BODY_SIZE, NUMBER_COLUMNS[firstColumn + i], values[i]);
        }
        y -= LINE_HEIGHT;
    }

    private void cell(PDType1Font font, float x, String value) throws IOException {
        show(font, BODY_SIZE, x, value);
    }

    private void text(PDType1Font font, float size, float x, String value) throws IOException {
        ensureRoom(1);
        show(font, size, x, value);
        y -= size + 5;
    }

    private void right(PDType1Font font, float size, float rightEdge, String value)
            throws IOException {
        String printable = printable(font, value);
        float width = font.getStringWidth(printable) / 1000 * size;
        show(font, size, rightEdge - width, printable);
    }

    private void show(PDType1Font font, float size, float x, String value) throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, y);
        stream.showText(printable(font, value));
        stream.endText();
    }

    private String fitted(String description) throws IOException {
        String value = printable(regular, description);
        if (width(value) <= DESCRIPTION_WIDTH) {
            return value;
        }
        while (!value.isEmpty() && width(value + "…") > DESCRIPTION_WIDTH) {
            value = value.substring(0, value.length() - 1);
        }
        return value + "…";
    }

    private float width(String value) throws IOException {
        return regular.getStringWidth(value) / 1000 * BODY_SIZE;
    }

    /** The standard PDF fonts cover Western European text; anything else prints as '?'. */
    private static String printable(PDType1Font font, String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints()
                .forEach(
                        c -> {
                            String one = new String(Character.toChars(c));
                            out.append(encodable(font, one) ? one : "?");
                        });
        return out.toString();
    }

    private static boolean encodable(PDType1Font font, String character) {
        try {
            font.encode(character);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private void ensureRoom(int lines) throws IOException {
        if (y - lines * LINE_HEIGHT < MARGIN) {
            stream.close();
            newPage();
        }
    }

    private void newPage() throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        stream = new PDPageContentStream(pdf, page);
        y = page.getMediaBox().getHeight() - MARGIN;
    }
}
