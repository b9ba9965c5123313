package cn.gov.ln.credit.printing;

import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;

/** The parts every printed paper shares: a row of facts, and the block a reader verifies the paper by. */
public final class PrintedBlocks {

    /** Wide enough that a phone's camera reads the code off a printed page at arm's length. */
    public static final float QR_SIZE = 96;
    private static final Color LABEL = new Color(0xF3, 0xF4, 0xF6);

    private PrintedBlocks() {
    }

    /** A label and its value as one row of a two-column table. */
    public static void factRow(PdfPTable table, String label, String value, Font font) {
        PdfPCell name = new PdfPCell(ChineseLineBreaks.phrase(label, font));
        name.setPadding(5);
        name.setBackgroundColor(LABEL);
        PdfPCell content = new PdfPCell(ChineseLineBreaks.phrase(value == null ? "" : value, font));
        content.setPadding(5);
        table.addCell(name);
        table.addCell(content);
    }

    /** The QR code of the verification address beside the text that tells how to verify, kept on one page. */
    public static PdfPTable verification(PdfWriter writer, String url, String text, Font font, float leading) {
        PdfTemplate qr = writer.getDirectContent().createTemplate(QR_SIZE, QR_SIZE);
        QrCode.draw(qr, url, 0, 0, QR_SIZE);
        PdfPTable table = new PdfPTable(new float[] {1.15f, 5f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(24);
        table.setKeepTogether(true);
        PdfPCell code;
        try {
            code = new PdfPCell(Image.getInstance(qr));
        } catch (com.lowagie.text.BadElementException e) {
            throw new IllegalStateException("cannot place the QR code", e);
        }
        code.setBorder(Rectangle.NO_BORDER);
        code.setPadding(2);
        table.addCell(code);
        PdfPCell facts = new PdfPCell(ChineseLineBreaks.phrase(leading, text, font));
        facts.setBorder(Rectangle.NO_BORDER);
        facts.setPaddingLeft(8);
        table.addCell(facts);
        return table;
    }
}
