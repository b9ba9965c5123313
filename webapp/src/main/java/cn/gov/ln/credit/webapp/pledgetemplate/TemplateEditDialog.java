package cn.gov.ln.credit.webapp.pledgetemplate;

import cn.gov.ln.credit.pledgetemplate.PledgeTemplate;
import cn.gov.ln.credit.pledgetemplate.PledgeTemplateService;
import cn.gov.ln.credit.pledgetemplate.TemplateVersion;
import cn.gov.ln.credit.pledgetemplate.VersionStatus;
import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * Edits the template's draft, starting from the latest version's text. A published version never changes:
 * when the latest one is published, saving opens a new draft version after it.
 */
class TemplateEditDialog extends Dialog {

    TemplateEditDialog(PledgeTemplateService templates, PledgeTemplate template, TemplateVersion latest,
            Runnable saved) {
        setHeaderTitle(getTranslation("template.editTitle", template.title(), template.code()));
        setWidth("min(60rem, 95vw)");
        boolean draft = latest.status() == VersionStatus.DRAFT;
        int draftNo = draft ? latest.versionNo() : latest.versionNo() + 1;
        Paragraph hint = new Paragraph(draft ? getTranslation("template.edit.draftHint", draftNo)
                : getTranslation("template.edit.publishedHint", latest.versionNo(), draftNo));
        hint.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Top.NONE);
        hint.setId("template-edit-hint");
        TemplateTextForm text = new TemplateTextForm();
        text.fill(latest);

        add(hint, text);
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                templates.saveDraft(template.id(), text.value());
                UiSupport.success(getTranslation("template.draftSaved", template.code(), draftNo));
                close();
                saved.run();
            } catch (BusinessException error) {
                UiSupport.showError(this, error, text.fields());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("template-save");
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
