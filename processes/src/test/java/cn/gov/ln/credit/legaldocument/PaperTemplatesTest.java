package cn.gov.ln.credit.legaldocument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.ln.credit.printing.ChineseLineBreaks;
import cn.gov.ln.credit.printing.CjkFont;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every paper type's template in force fills from its fields, leaves no field unfilled, says what the law requires
 * of it, and renders to a PDF whose text carries the title, number, verification code and seal data. The PDFs
 * are kept in target/papers to be looked at.
 */
class PaperTemplatesTest {

    static final Path OUT = Path.of("target", "papers");
    private final DocumentTemplates templates = new DocumentTemplates();
    private final DocumentRenderer renderer = new DocumentRenderer(new CjkFont(""));

    @Test
    void everyTypeFillsAndRendersWithItsLegalElements() throws IOException {
        Files.createDirectories(OUT);
        for (LegalDocumentType type : LegalDocumentType.values()) {
            Map<String, String> fields = sample(templates.fieldsOf(type, type.templateVersion()));
            List<DocumentTemplates.Block> blocks = templates.fill(type, type.templateVersion(), fields);
            assertThat(blocks).as(type.name()).isNotEmpty().allSatisfy(block -> assertThat(String.join("",
                    block.text())).doesNotContain("${").doesNotStartWith("?"));
            String number = number(type);
            byte[] pdf = render(type, blocks);
            Files.write(OUT.resolve(type.name() + ".pdf"), pdf);
            String text = firstPages(pdf);
            assertThat(text).as(type.name()).contains(type.title().replace(" ", ""), number, "ABCD-EFGH-JKMN",
                    "二〇二六年十二月三日", "SM3withSM2");
            if (type.name().startsWith("PERMIT") || type == LegalDocumentType.FILING_NOT_ACCEPTED
                    || type == LegalDocumentType.REPAIR_REFUSED || type == LegalDocumentType.BREACH_DETERMINATION) {
                assertThat(text).as(type + " tells the remedies").contains("六十日内", "行政复议", "六个月内",
                        "行政诉讼");
            }
        }
        assertThat(firstPages(Files.readAllBytes(OUT.resolve("BREACH_ADVANCE_NOTICE.pdf"))))
                .contains("陈述和申辩", "示例facts", "示例defenceDue");
    }

    @Test
    void noLineOfAnyPaperBeginsWithClosingPunctuationNorEndsWithOpening() throws IOException {
        for (LegalDocumentType type : LegalDocumentType.values()) {
            Map<String, String> fields = sample(templates.fieldsOf(type, type.templateVersion()));
            // Long values make every paragraph wrap, so that each mark falls at some line's edge.
            fields.replaceAll((name, value) -> value + "，其中（含附件）所述事项：已核实。".repeat(3));
            byte[] pdf = render(type, templates.fill(type, type.templateVersion(), fields));
            try (PdfReader reader = new PdfReader(pdf)) {
                PdfTextExtractor extractor = new PdfTextExtractor(reader);
                for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                    for (String line : extractor.getTextFromPage(page).split("\n")) {
                        String text = line.strip();
                        if (!text.isEmpty()) {
                            assertThat(ChineseLineBreaks.NOT_AT_LINE_START.indexOf(text.charAt(0)))
                                    .as(type + " line: " + text).isNegative();
                            assertThat(ChineseLineBreaks.NOT_AT_LINE_END.indexOf(text.charAt(text.length() - 1)))
                                    .as(type + " line: " + text).isNegative();
                        }
                    }
                }
            }
        }
    }

    @Test
    void aFieldLeftOutFailsAndAValueIsNeverReadAsATemplate() {
        LegalDocumentType type = LegalDocumentType.FILING_NOT_ACCEPTED;
        Map<String, String> fields = sample(templates.fieldsOf(type, 1));
        fields.remove("reason");
        assertThatThrownBy(() -> templates.fill(type, 1, fields)).hasMessageContaining("reason");
        fields.put("reason", "${matterName} ?reason ## 标题");
        assertThat(templates.fill(type, 1, fields)).anySatisfy(block -> assertThat(block.text())
                .containsExactly("${matterName} ?reason ## 标题"));
    }

    @Test
    void aConditionalLineAppearsOnlyWithItsField() {
        LegalDocumentType type = LegalDocumentType.PERMIT_GRANTED;
        Map<String, String> fields = sample(templates.fieldsOf(type, 1));
        fields.put("pledgeCode", "");
        fields.put("reason", "");
        assertThat(templates.fill(type, 1, fields)).noneSatisfy(block -> assertThat(String.join("", block.text()))
                .containsAnyOf("告知承诺", "审查意见"));
        fields.put("pledgeCode", "20261203000000000017");
        assertThat(templates.fill(type, 1, fields)).anySatisfy(block -> assertThat(String.join("", block.text()))
                .contains("承诺书编号：20261203000000000017"));
    }

    private static String number(LegalDocumentType type) {
        return "辽沈市监" + type.series() + "〔2026〕17号";
    }

    private byte[] render(LegalDocumentType type, List<DocumentTemplates.Block> blocks) {
        String number = number(type);
        return renderer.render(new DocumentRenderer.Sheet(type, number, "沈阳市市场监督管理局", blocks,
                LocalDate.of(2026, 12, 3), new VerificationAddress("https://xyln.example.gov.cn").of(number,
                        "ABCDEFGHJKMN"),
                "ABCDEFGHJKMN", "a".repeat(64), "b".repeat(64), "MEUCIQ" + "c".repeat(90)));
    }

    private static Map<String, String> sample(Iterable<String> names) {
        Map<String, String> fields = new HashMap<>();
        names.forEach(name -> fields.put(name, "示例" + name));
        fields.put("recipient", "沈阳辽信科技有限公司");
        fields.put("missingPapers", "营业执照复印件\n食品安全管理制度文本");
        fields.put("measures", "限制参与政府采购\n限制享受财政补贴");
        return fields;
    }

    static String firstPages(byte[] pdf) throws IOException {
        try (PdfReader reader = new PdfReader(pdf)) {
            StringBuilder text = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= Math.min(2, reader.getNumberOfPages()); page++) {
                text.append(extractor.getTextFromPage(page));
            }
            return text.toString().replaceAll("\\s+", "");
        }
    }
}
