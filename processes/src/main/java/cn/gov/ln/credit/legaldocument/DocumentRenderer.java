package cn.gov.ln.credit.legaldocument;

import cn.gov.ln.credit.printing.ChineseLineBreaks;
import cn.gov.ln.credit.printing.CjkFont;
import cn.gov.ln.credit.printing.PrintedBlocks;
import cn.gov.ln.credit.printing.SealStamp;
import cn.gov.ln.credit.printing.VerificationCodes;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Sets a filled paper as an A4 PDF in the manner of administrative papers: the issuing body and the title, the
 * number, the text, the issuer and date in Chinese numerals under the red seal image, and at the end the
 * verification block: a QR code of the verification address, the short code, the content hash, the seal key
 * and the SM2 signature.
 */
@Component
class DocumentRenderer {

    private static final String DIGITS = "〇一二三四五六七八九";

    private final CjkFont fonts;

    DocumentRenderer(CjkFont fonts) {
        this.fonts = fonts;
    }

    record Sheet(LegalDocumentType type, String number, String issuer, List<DocumentTemplates.Block> blocks,
            LocalDate issuedOn, String verificationUrl, String code, String contentHash, String keyId,
            String signature) {
    }

    byte[] render(Sheet sheet) {
        BaseFont base = fonts.get();
        Font issuerFont = new Font(base, 16, Font.BOLD, SealStamp.RED);
        Font title = new Font(base, 22, Font.BOLD);
        Font heading = new Font(base, 12.5f, Font.BOLD);
        Font body = new Font(base, 12);
        Font small = new Font(base, 8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 72, 72, 64, 64);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            document.addTitle(sheet.type().title() + " " + sheet.number());
            document.addCreator("辽宁省信用承诺与审批系统");
            document.open();
            centered(document, sheet.issuer(), issuerFont, 4);
            centered(document, sheet.type().title(), title, 6);
            Paragraph number = ChineseLineBreaks.paragraph(sheet.number(), body);
            number.setAlignment(Element.ALIGN_CENTER);
            number.setSpacingAfter(4);
            document.add(number);
            rule(writer, document);
            Paragraph spacer = ChineseLineBreaks.paragraph(" ", small);
            spacer.setSpacingAfter(6);
            document.add(spacer);
            PdfPTable facts = null;
            for (DocumentTemplates.Block block : sheet.blocks()) {
                if (block.kind() != DocumentTemplates.Block.Kind.FACT && facts != null) {
                    document.add(facts);
                    facts = null;
                }
                switch (block.kind()) {
                    case HEADING -> {
                        Paragraph p = ChineseLineBreaks.paragraph(22, block.text().get(0), heading);
                        p.setSpacingBefore(8);
                        document.add(p);
                    }
                    case PARAGRAPH -> {
                        String text = block.text().get(0);
                        Paragraph p = ChineseLineBreaks.paragraph(22, text, body);
                        // The salutation (主送) stands flush left; the text under it is indented two characters.
                        p.setFirstLineIndent(text.endsWith("：") ? 0 : 24);
                        p.setAlignment(Element.ALIGN_JUSTIFIED);
                        document.add(p);
                    }
                    case ITEM -> {
                        Paragraph p = ChineseLineBreaks.paragraph(22, "· " + block.text().get(0), body);
                        p.setIndentationLeft(24);
                        document.add(p);
                    }
                    case FACT -> {
                        if (facts == null) {
                            facts = new PdfPTable(new float[] {1.2f, 3f});
                            facts.setWidthPercentage(100);
                            facts.setSpacingBefore(6);
                            facts.setSpacingAfter(6);
                        }
                        PrintedBlocks.factRow(facts, block.text().get(0), block.text().get(1), body);
                    }
                }
            }
            if (facts != null) {
                document.add(facts);
            }
            signature(writer, document, sheet, body, base);
            verification(writer, document, sheet, small);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot render " + sheet.type(), e);
        }
        return out.toByteArray();
    }

    /** The issuer and date, right-aligned, with the seal image over them; kept together on one page. */
    private void signature(PdfWriter writer, Document document, Sheet sheet, Font body, BaseFont base)
            throws DocumentException {
        float seal = 118;
        if (writer.getVerticalPosition(true) - document.bottom() < seal + 20) {
            document.newPage();
        }
        Paragraph block = ChineseLineBreaks.paragraph(24, sheet.issuer() + "\n" + chineseDate(sheet.issuedOn()), body);
        block.setAlignment(Element.ALIGN_RIGHT);
        block.setSpacingBefore(36);
        document.add(block);
        float y = writer.getVerticalPosition(false);
        float x = document.right() - Math.max(60, base.getWidthPoint(sheet.issuer(), 12) / 2);
        SealStamp.draw(writer.getDirectContent(), base, sheet.issuer(), "电子签章", x, y + 26, seal / 2);
    }

    private void verification(PdfWriter writer, Document document, Sheet sheet, Font small)
            throws DocumentException {
        String url = sheet.verificationUrl();
        String text = "文书编号：" + sheet.number() + "\n核验码：" + VerificationCodes.grouped(sheet.code())
                + "\n核验方式：扫描二维码，或登录 " + url.replaceFirst("\\?.*$", "") + " 输入文书编号和核验码。"
                + "\n内容摘要（SM3）：" + sheet.contentHash()
                + "\n签章证书：" + sheet.keyId().substring(0, 16)
                + "\n电子签名（SM3withSM2）：" + sheet.signature();
        document.add(PrintedBlocks.verification(writer, url, text, small, 11));
    }

    private static void centered(Document document, String text, Font font, float after) throws DocumentException {
        Paragraph p = ChineseLineBreaks.paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(after);
        document.add(p);
    }

    private static void rule(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        float y = writer.getVerticalPosition(false) - 4;
        canvas.saveState();
        canvas.setColorStroke(SealStamp.RED);
        canvas.setLineWidth(1.5f);
        canvas.moveTo(document.left(), y);
        canvas.lineTo(document.right(), y);
        canvas.stroke();
        canvas.restoreState();
    }

    /** 二〇二六年十二月三日, as dates are written on administrative papers. */
    static String chineseDate(LocalDate date) {
        StringBuilder year = new StringBuilder();
        for (char c : Integer.toString(date.getYear()).toCharArray()) {
            year.append(DIGITS.charAt(c - '0'));
        }
        return year + "年" + small(date.getMonthValue()) + "月" + small(date.getDayOfMonth()) + "日";
    }

    private static String small(int n) {
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        String tens = n / 10 == 1 ? "十" : DIGITS.charAt(n / 10) + "十";
        return n % 10 == 0 ? tens : tens + DIGITS.charAt(n % 10);
    }
}
