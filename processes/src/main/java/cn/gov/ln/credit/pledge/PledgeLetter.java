package cn.gov.ln.credit.pledge;

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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Renders a signed pledge as its letter (信用承诺书, PDF, A4) from the stored record, with the record code and
 * the hash a reader checks on the public verification page. Chinese needs a CJK TrueType font: the one set in
 * {@code credit.letter.font}, or the first found of the usual system fonts.
 */
@Component
public class PledgeLetter {

    static final List<String> CANDIDATES = List.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", "/usr/share/fonts/truetype/arphic/uming.ttc",
            "C:/Windows/Fonts/simsun.ttc", "C:/Windows/Fonts/msyh.ttc");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年MM月dd日 HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年MM月dd日");
    private static final Map<PledgerCategory, String> CATEGORY = Map.of(PledgerCategory.ORGANIZATION,
            "法人及非法人组织", PledgerCategory.SOLE_TRADER, "个体工商户", PledgerCategory.NATURAL_PERSON, "自然人");
    private static final Map<Publicity, String> PUBLICITY = Map.of(Publicity.PUBLIC, "社会公开",
            Publicity.LIMITED, "限定范围公开", Publicity.NOT_PUBLIC, "不公开");

    private final String configuredFont;
    private volatile BaseFont font;

    PledgeLetter(@Value("${credit.letter.font:}") String configuredFont) {
        this.configuredFont = configuredFont;
    }

    /** The file name of a letter: ASCII only, so no proxy or filter trips over it. */
    public static String fileName(Pledge pledge) {
        return "pledge-" + pledge.recordCode() + ".pdf";
    }

    public byte[] render(Pledge pledge, String verificationUrl) {
        if (pledge.recordCode() == null) {
            throw new IllegalArgumentException("only a signed pledge has a letter");
        }
        BaseFont base = font();
        Font title = new Font(base, 20, Font.BOLD);
        Font heading = new Font(base, 12, Font.BOLD);
        Font body = new Font(base, 11);
        Font small = new Font(base, 9);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 60, 60, 56, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            document.addTitle("信用承诺书 " + pledge.recordCode());
            document.addCreator("辽宁省信用承诺与审批系统");
            document.open();
            Paragraph head = new Paragraph("信 用 承 诺 书", title);
            head.setAlignment(Element.ALIGN_CENTER);
            head.setSpacingAfter(6);
            document.add(head);
            Paragraph code = new Paragraph("承诺书编号：" + pledge.recordCode(), small);
            code.setAlignment(Element.ALIGN_RIGHT);
            code.setSpacingAfter(12);
            document.add(code);

            PdfPTable table = new PdfPTable(new float[] {1.3f, 3f});
            table.setWidthPercentage(100);
            row(table, "承诺主体", pledge.pledgerName(), body);
            row(table, "主体类别", CATEGORY.get(pledge.pledgerCategory()), body);
            row(table, pledge.isNaturalPerson() ? "公民身份号码" : "统一社会信用代码", pledge.pledgerIdentifier(), body);
            row(table, "承诺事由", pledge.reason(), body);
            row(table, "受理单位", join(pledge.acceptingUnitName(), pledge.acceptingUnitUscc()), body);
            row(table, "承诺日期", pledge.pledgeDate().format(DATE), body);
            row(table, "有效期至", pledge.validUntil().format(DATE), body);
            row(table, "公开方式", PUBLICITY.get(pledge.publicity()), body);
            document.add(table);

            section(document, "承诺内容", pledge.content(), heading, body);
            section(document, "违诺责任", pledge.liability(), heading, body);

            Paragraph signature = new Paragraph(16, "承诺人：" + pledge.pledgerName() + "（电子签署）\n签署时间："
                    + TIME.format(pledge.signedAt()) + "\n签署渠道：" + (pledge.channel() == Channel.API
                            ? "部门业务系统（" + pledge.signerUsername() + "）" : "网上承诺平台"), body);
            signature.setAlignment(Element.ALIGN_RIGHT);
            signature.setSpacingBefore(18);
            document.add(signature);

            Paragraph verification = new Paragraph(14, "", small);
            verification.setSpacingBefore(24);
            verification.add(new Chunk("核验码（SM3）：" + grouped(pledge.letterHash()) + "\n", small));
            verification.add(new Chunk("本承诺书已由平台电子签章封存于信用承诺登记簿。可登录 " + verificationUrl
                    + "，输入承诺书编号和核验码，核验其真实性及是否仍然有效。", small));
            document.add(verification);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot render the pledge letter", e);
        }
        return out.toByteArray();
    }

    private static void row(PdfPTable table, String label, String value, Font font) {
        PdfPCell name = new PdfPCell(new Phrase(label, font));
        name.setPadding(6);
        name.setBackgroundColor(new java.awt.Color(0xF3, 0xF4, 0xF6));
        PdfPCell content = new PdfPCell(new Phrase(value == null ? "" : value, font));
        content.setPadding(6);
        table.addCell(name);
        table.addCell(content);
    }

    private static void section(Document document, String heading, String text, Font headingFont, Font body)
            throws DocumentException {
        Paragraph title = new Paragraph(heading, headingFont);
        title.setSpacingBefore(14);
        title.setSpacingAfter(4);
        document.add(title);
        Paragraph paragraph = new Paragraph(17, text, body);
        paragraph.setFirstLineIndent(22);
        document.add(paragraph);
    }

    private static String join(String name, String uscc) {
        if (name == null) {
            return "（无指定受理单位）";
        }
        return uscc == null ? name : name + "（" + uscc + "）";
    }

    static String grouped(String hash) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < hash.length(); i += 8) {
            if (i > 0) {
                out.append(i % 32 == 0 ? "\n                    " : " ");
            }
            out.append(hash, i, Math.min(hash.length(), i + 8));
        }
        return out.toString();
    }

    private BaseFont font() {
        BaseFont current = font;
        if (current == null) {
            String path = configuredFont != null && !configuredFont.isBlank() ? configuredFont : CANDIDATES.stream()
                    .filter(candidate -> Files.isReadable(Path.of(candidate))).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No CJK font for pledge letters: install "
                            + "fonts-wqy-microhei or set credit.letter.font to a TrueType font with Chinese glyphs"));
            String name = path.toLowerCase(java.util.Locale.ROOT).endsWith(".ttc") ? path + ",0" : path;
            try {
                current = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            } catch (DocumentException | IOException e) {
                throw new IllegalStateException("cannot load the letter font " + path, e);
            }
            font = current;
        }
        return current;
    }
}
