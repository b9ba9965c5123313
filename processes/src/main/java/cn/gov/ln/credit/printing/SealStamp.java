package cn.gov.ln.credit.printing;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;

/**
 * The visible image of an electronic seal: a red ring, the issuing body's name along the upper arc, a star in
 * the middle and the seal's use below it, drawn from text (never a scanned seal). It shows where the paper is
 * sealed; what proves the seal is the SM2 signature printed beside it.
 */
public final class SealStamp {

    public static final Color RED = new Color(0xD0, 0x1F, 0x1F);

    private SealStamp() {
    }

    /** Draws the stamp centred on (cx, cy) with the given radius. */
    public static void draw(PdfContentByte canvas, BaseFont font, String issuer, String use, float cx, float cy,
            float radius) {
        canvas.saveState();
        canvas.setColorStroke(RED);
        canvas.setColorFill(RED);
        canvas.setLineWidth(radius * 0.06f);
        canvas.circle(cx, cy, radius * 0.97f);
        canvas.stroke();
        star(canvas, cx, cy, radius * 0.27f);
        arc(canvas, font, issuer, cx, cy, radius);
        if (use != null && !use.isBlank()) {
            float size = Math.min(radius * 0.2f, radius * 1.2f / use.length());
            canvas.beginText();
            canvas.setFontAndSize(font, size);
            canvas.showTextAligned(PdfContentByte.ALIGN_CENTER, use, cx, cy - radius * 0.55f, 0);
            canvas.endText();
        }
        canvas.restoreState();
    }

    /** The name along the upper arc, from lower left over the top to lower right, each character upright to it. */
    private static void arc(PdfContentByte canvas, BaseFont font, String text, float cx, float cy, float radius) {
        int count = text.codePointCount(0, text.length());
        if (count == 0) {
            return;
        }
        double span = Math.min(250, 22.0 * count);
        float size = (float) Math.min(radius * 0.26, 2 * Math.PI * radius * 0.72 * span / 360 / count * 0.95);
        float textRadius = radius * 0.78f - size / 2;
        canvas.beginText();
        canvas.setFontAndSize(font, size);
        int[] points = text.codePoints().toArray();
        for (int i = 0; i < count; i++) {
            double angle = 90 + span / 2 - (count == 1 ? span / 2 : span * i / (count - 1));
            double radians = Math.toRadians(angle);
            float x = cx + (float) (textRadius * Math.cos(radians));
            float y = cy + (float) (textRadius * Math.sin(radians));
            canvas.showTextAligned(PdfContentByte.ALIGN_CENTER, new String(points, i, 1), x, y - size / 3,
                    (float) (angle - 90));
        }
        canvas.endText();
    }

    private static void star(PdfContentByte canvas, float cx, float cy, float outer) {
        float inner = outer * 0.382f;
        for (int i = 0; i < 10; i++) {
            double radians = Math.toRadians(90 + i * 36);
            float r = i % 2 == 0 ? outer : inner;
            float x = cx + (float) (r * Math.cos(radians));
            float y = cy + (float) (r * Math.sin(radians));
            if (i == 0) {
                canvas.moveTo(x, y);
            } else {
                canvas.lineTo(x, y);
            }
        }
        canvas.closePath();
        canvas.fill();
    }
}
