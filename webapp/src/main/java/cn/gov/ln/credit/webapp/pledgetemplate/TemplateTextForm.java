package cn.gov.ln.credit.webapp.pledgetemplate;

import cn.gov.ln.credit.pledgetemplate.PledgeTemplateService;
import cn.gov.ln.credit.pledgetemplate.TemplateText;
import cn.gov.ln.credit.pledgetemplate.TemplateVersion;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Map;

/** The texts of a template version as an administrator edits them, each long text with its character count. */
class TemplateTextForm extends FormLayout {

    static final int DEFAULT_VALIDITY_MONTHS = 12;
    /** Matches FormSchema's own limit, so the browser never cuts a schema the service would accept. */
    private static final int MAX_SCHEMA = 200_000;
    private static final String EMPTY_SCHEMA = "{\n  \"components\": []\n}";

    private final TextArea notice;
    private final TextArea pledge;
    private final TextArea liability;
    private final TextArea schema;
    private final TextArea personPledge;
    private final IntegerField validity;

    TemplateTextForm() {
        notice = counted("template.noticeText", "template-notice", null);
        pledge = counted("template.pledgeText", "template-pledge", getTranslation("template.placeholders"));
        personPledge = counted("template.personPledgeText", "template-person-pledge",
                getTranslation("template.personPledgeHelp"));
        liability = counted("template.liabilityText", "template-liability", null);

        schema = new TextArea(getTranslation("template.formSchema"));
        schema.setMaxLength(MAX_SCHEMA);
        schema.setMinRows(6);
        schema.setMaxRows(16);
        schema.setHelperText(getTranslation("template.formSchemaHelp"));
        schema.getStyle().set("font-family", "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace")
                .set("font-size", "var(--lumo-font-size-s)");
        schema.setValue(EMPTY_SCHEMA);
        schema.setId("template-schema");

        validity = new IntegerField(getTranslation("template.validityMonths"));
        validity.setMin(1);
        validity.setMax(120);
        validity.setStepButtonsVisible(true);
        validity.setHelperText(getTranslation("template.validityHelp"));
        validity.setValue(DEFAULT_VALIDITY_MONTHS);
        validity.setId("template-validity");

        setResponsiveSteps(new ResponsiveStep("0", 1));
        add(notice, pledge, personPledge, liability, schema, validity);
    }

    void fill(TemplateVersion version) {
        notice.setValue(nonNull(version.noticeText()));
        pledge.setValue(nonNull(version.pledgeText()));
        personPledge.setValue(nonNull(version.personPledgeText()));
        liability.setValue(nonNull(version.liabilityText()));
        schema.setValue(nonNull(version.formSchema()));
        validity.setValue(version.validityMonths());
    }

    /** An empty validity is sent as 0, so the service reports it at its field like any other out-of-range value. */
    TemplateText value() {
        return new TemplateText(notice.getValue(), pledge.getValue(), liability.getValue(), schema.getValue(),
                validity.getValue() == null ? 0 : validity.getValue(), personPledge.getValue());
    }

    /** The fields by the names the service uses in its violations. */
    Map<String, HasValidation> fields() {
        return Map.of("noticeText", notice, "pledgeText", pledge, "personPledgeText", personPledge,
                "liabilityText", liability, "formSchema", schema, "validityMonths", validity);
    }

    private TextArea counted(String labelKey, String id, String hint) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setMaxLength(PledgeTemplateService.MAX_TEXT);
        area.setMinRows(4);
        area.setMaxRows(12);
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.setId(id);
        area.addValueChangeListener(e -> area.setHelperText(helper(area.getValue(), hint)));
        area.setHelperText(helper("", hint));
        return area;
    }

    private String helper(String value, String hint) {
        String counter = getTranslation("template.counter", value.length(), PledgeTemplateService.MAX_TEXT);
        return hint == null ? counter : counter + " · " + hint;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
