package cn.gov.ln.credit.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormValidatorTest {

    static final String SCHEMA = """
            {"id": "Form_Test", "type": "default", "components": [
              {"type": "text", "text": "## 说明"},
              {"type": "textfield", "key": "businessScope", "label": "经营范围",
               "validate": {"required": true, "maxLength": 20}},
              {"type": "textfield", "key": "phone", "label": "联系电话", "validate": {"pattern": "1[3-9][0-9]{9}"}},
              {"type": "textarea", "key": "note", "label": "备注"},
              {"type": "number", "key": "staff", "label": "从业人数", "validate": {"min": 1, "max": 100000}},
              {"type": "datetime", "subtype": "date", "key": "startOn", "label": "开工日期"},
              {"type": "select", "key": "scale", "label": "规模",
               "values": [{"label": "小型", "value": "SMALL"}, {"label": "大型", "value": "LARGE"}]},
              {"type": "checkbox", "key": "agree", "label": "已阅读告知书", "validate": {"required": true}}
            ]}""";

    final FormSchema schema = FormSchema.parse(SCHEMA);

    @Test
    void acceptsGoodValuesAndNormalisesThem() {
        Map<String, Object> input = new HashMap<>();
        input.put("businessScope", " 软件开发 ");
        input.put("phone", "13800000000");
        input.put("note", "第一行\n第二行");
        input.put("staff", 25);
        input.put("startOn", "2026-12-01");
        input.put("scale", "SMALL");
        input.put("agree", true);
        FormValidator.Result result = FormValidator.validate(schema, input);
        assertThat(result.violations()).isEmpty();
        assertThat(result.values()).containsEntry("businessScope", "软件开发").containsEntry("staff", 25L)
                .containsEntry("agree", true).containsEntry("startOn", "2026-12-01");
    }

    @Test
    void namesEveryRefusedFieldWithItsReason() {
        Map<String, Object> input = new HashMap<>();
        input.put("businessScope", "x".repeat(21));
        input.put("phone", "12345");
        input.put("note", "bell\u0007");
        input.put("staff", 0);
        input.put("startOn", "2026-13-01");
        input.put("scale", "HUGE");
        input.put("agree", false);
        input.put("smuggled", "DROP TABLE");
        FormValidator.Result result = FormValidator.validate(schema, input);
        assertThat(result.violations()).extracting(FormViolation::field, FormViolation::reason)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("smuggled", "validation.form.unknownField"),
                        org.assertj.core.groups.Tuple.tuple("businessScope", "validation.tooLong"),
                        org.assertj.core.groups.Tuple.tuple("phone", "validation.form.pattern"),
                        org.assertj.core.groups.Tuple.tuple("note", "validation.controlCharacter"),
                        org.assertj.core.groups.Tuple.tuple("staff", "validation.number.min"),
                        org.assertj.core.groups.Tuple.tuple("startOn", "validation.date.malformed"),
                        org.assertj.core.groups.Tuple.tuple("scale", "validation.form.notAnOption"),
                        org.assertj.core.groups.Tuple.tuple("agree", "validation.required"));
        assertThat(result.values()).isEmpty();
    }

    @Test
    void textThatIsNotCleanIsRefusedAndCleanTextIsKeptComposed() {
        FormValidator.Result bidi = FormValidator.validate(schema, Map.of("agree", true, "businessScope",
                "软件\u202E开发"));
        assertThat(bidi.violations()).extracting(FormViolation::field, FormViolation::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("businessScope", "validation.text.invisible"));
        FormValidator.Result lone = FormValidator.validate(schema, Map.of("agree", true, "businessScope", "a\uD800"));
        assertThat(lone.violations()).extracting(FormViolation::reason)
                .containsExactly("validation.text.loneSurrogate");
        FormValidator.Result decomposed = FormValidator.validate(schema, Map.of("agree", true, "businessScope",
                "Cafe\u0301"));
        assertThat(decomposed.values()).containsEntry("businessScope", "Caf\u00e9");
    }

    @Test
    void requiredMeansPresent() {
        FormValidator.Result result = FormValidator.validate(schema, Map.of("agree", true, "businessScope", "  "));
        assertThat(result.violations()).extracting(FormViolation::field).containsExactly("businessScope");
    }

    @Test
    void wrongTypesAreRefused() {
        FormValidator.Result result = FormValidator.validate(schema, Map.of("businessScope", 12, "agree", "yes",
                "staff", "twelve"));
        assertThat(result.violations()).extracting(FormViolation::field, FormViolation::reason)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("businessScope", "validation.malformed"),
                        org.assertj.core.groups.Tuple.tuple("agree", "validation.form.notABoolean"),
                        org.assertj.core.groups.Tuple.tuple("staff", "validation.number.malformed"));
    }

    @Test
    void valuesAreNeverConvertedBetweenTypes() {
        FormValidator.Result result = FormValidator.validate(schema, Map.of("businessScope", "软件开发",
                "agree", "true", "staff", "25", "startOn", 20261201, "scale", true));
        assertThat(result.violations()).extracting(FormViolation::field, FormViolation::reason)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("agree", "validation.form.notABoolean"),
                        org.assertj.core.groups.Tuple.tuple("staff", "validation.number.malformed"),
                        org.assertj.core.groups.Tuple.tuple("startOn", "validation.date.malformed"),
                        org.assertj.core.groups.Tuple.tuple("scale", "validation.form.notAnOption"));
        assertThat(FormValidator.validate(schema, Map.of("businessScope", "软件开发", "agree", true, "staff", 25.0))
                .values()).containsEntry("staff", 25L);
    }

    @Test
    void refusesSchemasItCannotCheck() {
        assertThatThrownBy(() -> FormSchema.parse("{\"components\": [{\"type\": \"iframe\", \"key\": \"x\"}]}"))
                .isInstanceOf(FormSchemaException.class).hasMessageContaining("iframe");
        assertThatThrownBy(() -> FormSchema.parse("{\"components\": [{\"type\": \"textfield\", \"key\": \"a b\"}]}"))
                .isInstanceOf(FormSchemaException.class);
        assertThatThrownBy(() -> FormSchema.parse("{\"components\": [{\"type\": \"textfield\", \"key\": \"a\"},"
                + "{\"type\": \"number\", \"key\": \"a\"}]}")).hasMessageContaining("duplicate");
        assertThatThrownBy(() -> FormSchema.parse("{\"components\": [{\"type\": \"textfield\", \"key\": \"a\","
                + " \"validate\": {\"pattern\": \"(\"}}]}")).hasMessageContaining("pattern");
        assertThatThrownBy(() -> FormSchema.parse("not json")).isInstanceOf(FormSchemaException.class);
    }

    static final String PAPERS = """
            {"id": "Form_Papers", "components": [
              {"type": "textfield", "key": "filingNo", "label": "办件编号", "readonly": true},
              {"type": "filepicker", "key": "licence", "label": "营业执照", "accept": ".pdf,.jpg",
               "validate": {"required": true}},
              {"type": "filepicker", "key": "others", "label": "其他材料", "multiple": true}
            ]}""";

    @Test
    void takesFilesOfTheAcceptedTypesAndRefusesOthersByField() {
        FormSchema papers = FormSchema.parse(PAPERS);
        FormFile pdf = new FormFile("执照.PDF", "application/pdf", new byte[] {1, 2});
        FormFile png = new FormFile("scan.png", "image/png", new byte[] {3});
        FormValidator.Result ok = FormValidator.validate(papers, Map.of("licence", java.util.List.of(pdf),
                "others", java.util.List.of(png, pdf)));
        assertThat(ok.violations()).isEmpty();
        assertThat(ok.values().get("others")).asList().hasSize(2);

        FormValidator.Result wrongType = FormValidator.validate(papers, Map.of("licence", java.util.List.of(png)));
        assertThat(wrongType.violations()).extracting(FormViolation::field, FormViolation::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("licence", "validation.file.type"));

        FormValidator.Result two = FormValidator.validate(papers, Map.of("licence", java.util.List.of(pdf, pdf)));
        assertThat(two.violations()).extracting(FormViolation::reason).containsExactly("validation.file.one");

        FormValidator.Result empty = FormValidator.validate(papers,
                Map.of("licence", java.util.List.of(new FormFile("a.pdf", "application/pdf", new byte[0]))));
        assertThat(empty.violations()).extracting(FormViolation::reason).containsExactly("validation.document.empty");

        FormValidator.Result missing = FormValidator.validate(papers, Map.of());
        assertThat(missing.violations()).extracting(FormViolation::field).containsExactly("licence");
    }

    @Test
    void readOnlyFieldsShowProcessDataAndTakeNoValue() {
        FormSchema papers = FormSchema.parse(PAPERS);
        FormFile pdf = new FormFile("a.pdf", "application/pdf", new byte[] {1});
        FormValidator.Result result = FormValidator.validate(papers, Map.of("licence", java.util.List.of(pdf),
                "filingNo", "BJ-forged"));
        assertThat(result.violations()).extracting(FormViolation::field, FormViolation::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("filingNo", "validation.form.unknownField"));
        assertThat(result.values()).doesNotContainKey("filingNo");
    }
}
