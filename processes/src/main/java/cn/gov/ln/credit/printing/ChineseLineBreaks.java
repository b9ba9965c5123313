package cn.gov.ln.credit.printing;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Where a printed line may end, by the rules of Chinese typesetting (标点符号禁则, GB/T 15834): no line begins with
 * closing punctuation (a lone "。" under a paragraph) and none ends with opening punctuation. OpenPDF alone breaks
 * after any ideograph. Every text of a printed paper is set through here.
 */
public final class ChineseLineBreaks extends DefaultSplitCharacter {

    /** Marks that stay with the character before them. */
    public static final String NOT_AT_LINE_START = "，。、；：？！）」』》〉】〕〗”’…—％,.;:?!)]}%";
    /** Marks that stay with the character after them. */
    public static final String NOT_AT_LINE_END = "（「『《〈【〔〖“‘([{";

    private static final ChineseLineBreaks RULES = new ChineseLineBreaks();

    private ChineseLineBreaks() {
    }

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        if (NOT_AT_LINE_END.indexOf(getCurrentCharacter(current, cc, ck)) >= 0) {
            return false;
        }
        if (current + 1 < end && NOT_AT_LINE_START.indexOf(getCurrentCharacter(current + 1, cc, ck)) >= 0) {
            return false;
        }
        return super.isSplitCharacter(start, current, end, cc, ck);
    }

    public static Chunk chunk(String text, Font font) {
        Chunk chunk = new Chunk(text, font);
        chunk.setSplitCharacter(RULES);
        return chunk;
    }

    /** A paragraph of one text; its leading the font's own (1.5 times its size) unless given. */
    public static Paragraph paragraph(float leading, String text, Font font) {
        return new Paragraph(leading, chunk(text, font));
    }

    public static Paragraph paragraph(String text, Font font) {
        return paragraph(Float.NaN, text, font);
    }

    public static Phrase phrase(float leading, String text, Font font) {
        return new Phrase(leading, chunk(text, font));
    }

    public static Phrase phrase(String text, Font font) {
        return phrase(Float.NaN, text, font);
    }
}
