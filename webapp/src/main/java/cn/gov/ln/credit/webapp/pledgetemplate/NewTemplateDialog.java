package cn.gov.ln.credit.webapp.pledgetemplate;

import cn.gov.ln.credit.matter.PermitMatter;
import cn.gov.ln.credit.pledgetemplate.NewTemplate;
import cn.gov.ln.credit.pledgetemplate.PledgeTemplateService;
import cn.gov.ln.credit.pledgetemplate.PledgeType;
import cn.gov.ln.credit.pledgetemplate.TemplateAudience;
import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;

/** Creates a template with the text of its first draft version; the service names every field it refuses. */
class NewTemplateDialog extends Dialog {

    NewTemplateDialog(PledgeTemplateService templates, List<PermitMatter> matters, LongConsumer created) {
        setHeaderTitle(getTranslation("template.new"));
        setWidth("min(60rem, 95vw)");
        TextField code = new TextField(getTranslation("template.code"));
        code.setHelperText(getTranslation("template.codeHelp"));
        code.setMaxLength(64);
        code.setId("template-code");
        Select<PledgeType> type = new Select<>();
        type.setLabel(getTranslation("template.type"));
        type.setItems(PledgeType.values());
        type.setItemLabelGenerator(t -> UiSupport.label(this, t));
        type.setId("template-type");
        ComboBox<PermitMatter> matter = new ComboBox<>(getTranslation("template.matter"));
        matter.setItems(matters);
        matter.setItemLabelGenerator(PermitMatter::name);
        matter.setClearButtonVisible(true);
        matter.setHelperText(getTranslation("template.matterHelp"));
        matter.setId("template-matter");
        TextField title = new TextField(getTranslation("template.title"));
        title.setMaxLength(128);
        title.setId("template-title");
        Select<TemplateAudience> audience = new Select<>();
        audience.setLabel(getTranslation("template.audience"));
        audience.setItems(TemplateAudience.values());
        audience.setItemLabelGenerator(a -> UiSupport.label(this, a));
        audience.setValue(TemplateAudience.ORGANIZATIONS);
        audience.setId("template-audience");
        TemplateTextForm text = new TemplateTextForm();

        add(new FormLayout(code, type, matter, title, audience), text);
        Map<String, HasValidation> fields = new HashMap<>(text.fields());
        fields.put("code", code);
        fields.put("pledgeType", type);
        fields.put("matterCode", matter);
        fields.put("title", title);
        fields.put("audience", audience);
        Button save = new Button(getTranslation("common.save"), e -> {
            String templateCode = code.getValue().strip().toUpperCase(Locale.ROOT);
            try {
                long id = templates.create(new NewTemplate(templateCode, type.getValue(),
                        matter.getValue() == null ? null : matter.getValue().code(), title.getValue(),
                        audience.getValue(), text.value()));
                UiSupport.success(getTranslation("template.created", templateCode));
                close();
                created.accept(id);
            } catch (BusinessException error) {
                UiSupport.showError(this, error, fields);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("template-save");
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
