package cn.gov.ln.credit.printing;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;
import java.util.Map;

/** A QR code (ZXing) drawn as vector squares on a PDF page, so it stays sharp when printed and scanned. */
public final class QrCode {

    private QrCode() {
    }

    /** The code's modules for the text, with the quiet zone of four modules the standard asks. */
    public static BitMatrix encode(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("the text does not fit a QR code", e);
        }
    }

    /** Draws the code for the text with its lower left corner at (x, y), {@code size} points wide. */
    public static void draw(PdfContentByte canvas, String text, float x, float y, float size) {
        BitMatrix matrix = encode(text);
        float module = size / matrix.getWidth();
        canvas.saveState();
        canvas.setColorFill(Color.BLACK);
        // Each run of dark modules is one rectangle, a hair taller than a module, so no seam shows between
        // neighbours when the page is rendered and a scanner sees solid finder patterns.
        for (int row = 0; row < matrix.getHeight(); row++) {
            int column = 0;
            while (column < matrix.getWidth()) {
                if (!matrix.get(column, row)) {
                    column++;
                    continue;
                }
                int start = column;
                while (column < matrix.getWidth() && matrix.get(column, row)) {
                    column++;
                }
                canvas.rectangle(x + start * module, y + size - (row + 1) * module - module * 0.05f,
                        (column - start) * module, module * 1.1f);
            }
        }
        canvas.fill();
        canvas.restoreState();
    }
}
