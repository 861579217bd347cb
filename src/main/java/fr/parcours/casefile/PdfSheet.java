package fr.parcours.casefile;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A printable sheet the app generates (a PV, a cahier des charges, a diagnostic summary, an attendance or activity
 * sheet): a title, headed paragraphs, label/value lines, tables and signature boxes, in DejaVu Sans embedded in
 * the file, so every French accent prints the same on any reader. Not thread-safe: one sheet per document.
 */
public final class PdfSheet {

    private static final byte[] REGULAR = font("fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = font("fonts/DejaVuSans-Bold.ttf");
    private static final Color GREY = new Color(0xE9, 0xEC, 0xEF);

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document document = new Document(PageSize.A4, 48, 48, 56, 56);
    private final Font text;
    private final Font strong;
    private final Font heading;
    private final Font title;

    private PdfSheet(String titleText, String subtitle) {
        try {
            BaseFont regular = BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    REGULAR, null);
            BaseFont bold = BaseFont.createFont("DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    BOLD, null);
            text = new Font(regular, 10);
            strong = new Font(bold, 10);
            heading = new Font(bold, 12);
            title = new Font(bold, 16);
            PdfWriter.getInstance(document, out);
            document.addTitle(titleText);
            document.addCreator("Parcours");
            document.open();
            Paragraph head = new Paragraph(titleText, title);
            head.setSpacingAfter(subtitle == null ? 12 : 2);
            document.add(head);
            if (subtitle != null) {
                Paragraph sub = new Paragraph(subtitle, text);
                sub.setSpacingAfter(12);
                document.add(sub);
            }
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("Cannot start a PDF", e);
        }
    }

    /** A new sheet with its title and an optional subtitle (the case it is about, the period…). */
    public static PdfSheet titled(String title, String subtitle) {
        return new PdfSheet(title, subtitle);
    }

    public PdfSheet heading(String headingText) {
        Paragraph paragraph = new Paragraph(headingText, heading);
        paragraph.setSpacingBefore(10);
        paragraph.setSpacingAfter(4);
        return add(paragraph);
    }

    /** A paragraph; an empty or missing text writes nothing. */
    public PdfSheet paragraph(String paragraphText) {
        if (paragraphText == null || paragraphText.isBlank()) {
            return this;
        }
        Paragraph paragraph = new Paragraph(paragraphText, text);
        paragraph.setSpacingAfter(4);
        return add(paragraph);
    }

    /** "Label : value" on one line, the label in bold; a missing value writes the label alone. */
    public PdfSheet line(String label, Object value) {
        Paragraph paragraph = new Paragraph();
        paragraph.add(new Chunk(label + " : ", strong));
        paragraph.add(new Chunk(value == null ? "" : value.toString(), text));
        return add(paragraph);
    }

    /** A table with a grey header row; widths are relative. */
    public PdfSheet table(List<String> headers, List<List<String>> rows, float... widths) {
        PdfPTable table = new PdfPTable(widths.length == headers.size() ? widths : equalWidths(headers.size()));
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        table.setHeaderRows(1);
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(header, strong));
            cell.setBackgroundColor(GREY);
            cell.setPadding(4);
            table.addCell(cell);
        }
        for (List<String> row : rows) {
            for (String value : row) {
                PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value, text));
                cell.setPadding(4);
                table.addCell(cell);
            }
        }
        return add(table);
    }

    /** Boxes to sign in, one per signatory, side by side. */
    public PdfSheet signatures(List<String> signatories) {
        PdfPTable table = new PdfPTable(Math.max(1, signatories.size()));
        table.setWidthPercentage(100);
        table.setSpacingBefore(16);
        for (String signatory : signatories) {
            PdfPCell cell = new PdfPCell(new Phrase(signatory, text));
            cell.setFixedHeight(70);
            cell.setVerticalAlignment(Element.ALIGN_TOP);
            cell.setPadding(4);
            table.addCell(cell);
        }
        return add(table);
    }

    /** The finished PDF. */
    public byte[] toBytes() {
        document.close();
        return out.toByteArray();
    }

    private PdfSheet add(Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot write a PDF", e);
        }
        return this;
    }

    private static float[] equalWidths(int columns) {
        float[] widths = new float[columns];
        java.util.Arrays.fill(widths, 1f);
        return widths;
    }

    private static byte[] font(String resource) {
        try (InputStream in = PdfSheet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
