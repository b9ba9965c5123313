package cn.gov.ln.credit.pledge;

import cn.gov.ln.credit.legaldocument.VerificationAddress;
import cn.gov.ln.credit.printing.ChineseLineBreaks;
import cn.gov.ln.credit.printing.CjkFont;
import cn.gov.ln.credit.printing.PrintedBlocks;
import cn.gov.ln.credit.printing.SealStamp;
import cn.gov.ln.credit.printing.VerificationCodes;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Renders a signed pledge as its letter (信用承诺书, PDF, A4) from the stored record: the record, the pledger's
 * electronic signature beside the platform's seal image, and the verification block, a QR code of the public
 * verification page with the record code and the short verification code filled in, the code itself (grouped as
 * typed) and the SM3 hash of the sealed record. Set in the platform's CJK font ({@link CjkFont}).
 */
@Component
public class PledgeLetter {

    static final String PLATFORM = "辽宁省信用承诺与审批系统";
    /** The name on the seal image: the platform that seals the pledges into its registry, as its seal key is named. */
    static final String SEAL_NAME = "辽宁省信用承诺平台";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年MM月dd日 HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年MM月dd日");
    private static final Map<PledgerCategory, String> CATEGORY = Map.of(PledgerCategory.ORGANIZATION,
            "法人及非法人组织", PledgerCategory.SOLE_TRADER, "个体工商户", PledgerCategory.NATURAL_PERSON, "自然人");
    private static final Map<Publicity, String> PUBLICITY = Map.of(Publicity.PUBLIC, "社会公开",
            Publicity.LIMITED, "限定范围公开", Publicity.NOT_PUBLIC, "不公开");
    private static final float SEAL = 104;

    private final CjkFont fonts;
    private final VerificationAddress address;

    PledgeLetter(CjkFont fonts, VerificationAddress address) {
        this.fonts = fonts;
        this.address = address;
    }

    /** The file name of a letter: ASCII only, so no proxy or filter trips over it. */
    public static String fileName(Pledge pledge) {
        return "pledge-" + pledge.recordCode() + ".pdf";
    }

    /** The address the letter's QR code opens: the verification page with its record code and code filled in. */
    public String verificationUrl(Pledge pledge) {
        return address.of(pledge.recordCode(), pledge.verificationCode());
    }

    /** The letter of a signed pledge that has its verification code ({@link PledgeQueries#forLetter} sees to it). */
    public byte[] render(Pledge pledge) {
        if (pledge.recordCode() == null) {
            throw new IllegalArgumentException("only a signed pledge has a letter");
        }
        if (pledge.verificationCode() == null) {
            throw new IllegalArgumentException("the pledge " + pledge.recordCode() + " has no verification code yet");
        }
        BaseFont base = fonts.get();
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
            document.addCreator(PLATFORM);
            document.open();
            Paragraph head = ChineseLineBreaks.paragraph("信 用 承 诺 书", title);
            head.setAlignment(Element.ALIGN_CENTER);
            head.setSpacingAfter(6);
            document.add(head);
            Paragraph code = ChineseLineBreaks.paragraph("承诺书编号：" + pledge.recordCode(), small);
            code.setAlignment(Element.ALIGN_RIGHT);
            code.setSpacingAfter(12);
            document.add(code);

            PdfPTable table = new PdfPTable(new float[] {1.3f, 3f});
            table.setWidthPercentage(100);
            PrintedBlocks.factRow(table, "承诺主体", pledge.pledgerName(), body);
            PrintedBlocks.factRow(table, "主体类别", CATEGORY.get(pledge.pledgerCategory()), body);
            PrintedBlocks.factRow(table, pledge.isNaturalPerson() ? "公民身份号码" : "统一社会信用代码",
                    pledge.pledgerIdentifier(), body);
            PrintedBlocks.factRow(table, "承诺事由", pledge.reason(), body);
            PrintedBlocks.factRow(table, "受理单位", join(pledge.acceptingUnitName(), pledge.acceptingUnitUscc()), body);
            PrintedBlocks.factRow(table, "承诺日期", pledge.pledgeDate().format(DATE), body);
            PrintedBlocks.factRow(table, "有效期至", pledge.validUntil().format(DATE), body);
            PrintedBlocks.factRow(table, "公开方式", PUBLICITY.get(pledge.publicity()), body);
            document.add(table);

            section(document, "承诺内容", pledge.content(), heading, body);
            section(document, "违诺责任", pledge.liability(), heading, body);
            document.add(signature(writer, pledge, body, base));
            document.add(verification(writer, pledge, small));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot render the pledge letter", e);
        }
        return out.toByteArray();
    }

    /** The pledger's electronic signature, with the platform's seal image beside it; kept on one page. */
    private static PdfPTable signature(PdfWriter writer, Pledge pledge, Font body, BaseFont base)
            throws DocumentException {
        PdfTemplate stamp = writer.getDirectContent().createTemplate(SEAL, SEAL);
        SealStamp.draw(stamp, base, SEAL_NAME, "承诺登记章", SEAL / 2, SEAL / 2, SEAL / 2 - 1);
        PdfPTable table = new PdfPTable(new float[] {1.4f, 3f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(18);
        table.setKeepTogether(true);
        PdfPCell seal = new PdfPCell(Image.getInstance(stamp));
        seal.setBorder(Rectangle.NO_BORDER);
        seal.setHorizontalAlignment(Element.ALIGN_CENTER);
        seal.setVerticalAlignment(Element.ALIGN_MIDDLE);
        table.addCell(seal);
        PdfPCell signed = new PdfPCell(ChineseLineBreaks.phrase(20, "承诺人：" + pledge.pledgerName() + "（电子签署）\n签署时间："
                + TIME.format(pledge.signedAt()) + "\n签署渠道：" + (pledge.channel() == Channel.API
                        ? "部门业务系统（" + pledge.signerUsername() + "）" : "网上承诺平台")
                + "\n登记机构：" + SEAL_NAME + "（电子签章）", body));
        signed.setBorder(Rectangle.NO_BORDER);
        signed.setHorizontalAlignment(Element.ALIGN_RIGHT);
        signed.setVerticalAlignment(Element.ALIGN_MIDDLE);
        table.addCell(signed);
        return table;
    }

    /** The QR code of the verification address beside the record code, the short code and the SM3 hash. */
    private PdfPTable verification(PdfWriter writer, Pledge pledge, Font small) throws DocumentException {
        String url = verificationUrl(pledge);
        String text = "承诺书编号：" + pledge.recordCode()
                + "\n核验码：" + VerificationCodes.grouped(pledge.verificationCode())
                + "\n内容摘要（SM3）：" + grouped(pledge.letterHash())
                + "\n本承诺书已由平台电子签章封存于信用承诺登记簿。扫描二维码，或登录 " + address.page()
                + " 输入承诺书编号和核验码，即可核验其真实性及是否仍然有效。";
        return PrintedBlocks.verification(writer, url, text, small, 13);
    }

    private static void section(Document document, String heading, String text, Font headingFont, Font body)
            throws DocumentException {
        Paragraph title = ChineseLineBreaks.paragraph(heading, headingFont);
        title.setSpacingBefore(14);
        title.setSpacingAfter(4);
        document.add(title);
        Paragraph paragraph = ChineseLineBreaks.paragraph(17, text, body);
        paragraph.setFirstLineIndent(22);
        document.add(paragraph);
    }

    private static String join(String name, String uscc) {
        if (name == null) {
            return "（无指定受理单位）";
        }
        return uscc == null ? name : name + "（" + uscc + "）";
    }

    /** The 64 hex digits in groups of eight, as the older letters printed them and people copy them. */
    static String grouped(String hash) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < hash.length(); i += 8) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(hash, i, Math.min(hash.length(), i + 8));
        }
        return out.toString();
    }
}
