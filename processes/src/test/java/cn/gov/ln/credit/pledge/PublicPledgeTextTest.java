package cn.gov.ln.credit.pledge;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ln.credit.forms.FormSchema;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PublicPledgeTextTest {

    private static final FormSchema FORM = FormSchema.parse("""
            {"id": "f", "components": [
              {"type": "textfield", "key": "manager", "label": "食品安全管理人员",
               "properties": {"personalData": "name"}},
              {"type": "textfield", "key": "phone", "label": "联系电话", "properties": {"personalData": "phone"}},
              {"type": "textfield", "key": "home", "label": "住址", "properties": {"personalData": "address"}},
              {"type": "textfield", "key": "initial", "label": "代号", "properties": {"personalData": "other"}},
              {"type": "textfield", "key": "shop", "label": "经营场所"},
              {"type": "textarea", "key": "notes", "label": "说明"}
            ]}""");

    @Test
    void theFormsPersonalFieldsAreMaskedByTheirKindAndTheOthersStay() {
        String text = "本单位沈阳辽信科技有限公司经营场所位于和平区太原街9号，食品安全管理人员王建国，联系电话13912345678，"
                + "住址大东区小河沿路1号。王建国负责日常管理。";
        String shown = PublicPledgeText.of(text, FORM, Map.of("manager", "王建国", "phone", "13912345678",
                "home", "大东区小河沿路1号", "shop", "和平区太原街9号", "initial", "甲"));
        assertThat(shown).doesNotContain("王建国", "13912345678", "小河沿路")
                .contains("食品安全管理人员王**", "联系电话139****5678", "住址********。", "王**负责日常管理",
                        "和平区太原街9号", "沈阳辽信科技有限公司");
        assertThat(FORM.input("manager").orElseThrow().isPersonal()).isTrue();
        assertThat(FORM.input("shop").orElseThrow().isPersonal()).isFalse();
    }

    @Test
    void aOneCharacterValueIsNotMaskedWhereverThatCharacterStands() {
        assertThat(PublicPledgeText.of("甲方承诺，代号甲。", FORM, Map.of("initial", "甲")))
                .isEqualTo("甲方承诺，代号甲。");
    }

    @Test
    void identifiersAndContactsAreMaskedInAnyTextWhateverTheFormDeclares() {
        String notes = "联系人手机 13700000000 或 +86 13800001111，座机 024-23456789，身份证 210102199001011234，"
                + "邮箱 zhangsan@example.cn；统一社会信用代码 91210100MA0Y9FWX3K，注册资本 2000 万元，证书号 20261203000000000017。";
        String shown = PublicPledgeText.of(notes, FORM, Map.of("notes", notes));
        assertThat(shown).doesNotContain("13700000000", "13800001111", "23456789", "199001011234", "zhangsan")
                .contains("137****0000", "024-****6789", "210102********1234", "z***@example.cn",
                        "91210100MA0Y9FWX3K", "2000 万元", "20261203000000000017");
    }

    @Test
    void aStoredTextWithoutDeclaredFieldsIsStillScrubbed() {
        assertThat(PublicPledgeText.scrub("电话 13912345678")).isEqualTo("电话 139****5678");
        assertThat(PublicPledgeText.of(null, FORM, Map.of())).isNull();
    }
}
