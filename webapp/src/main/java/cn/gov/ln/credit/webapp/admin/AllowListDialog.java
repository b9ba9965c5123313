package cn.gov.ln.credit.webapp.admin;

import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.subject.UsccAllowListService;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;

/** Adds a code to the allow-list; the service accepts only a code whose sole fault is its check character. */
class AllowListDialog extends Dialog {

    AllowListDialog(UsccAllowListService allowList, Runnable added) {
        setHeaderTitle(getTranslation("admin.allowList.add"));
        setWidth("36rem");
        TextField uscc = new TextField(getTranslation("subject.uscc"));
        uscc.setMaxLength(18);
        uscc.setId("allow-list-uscc");
        TextArea reason = new TextArea(getTranslation("admin.allowList.reason"));
        reason.setHelperText(getTranslation("admin.allowList.reasonHelp"));
        reason.setMaxLength(256);
        reason.setId("allow-list-reason");
        FormLayout form = new FormLayout(uscc, reason);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        Map<String, HasValidation> fields = Map.of("uscc", uscc, "reason", reason);
        Button save = new Button(getTranslation("common.save"), e -> {
            String code = uscc.getValue().strip();
            try {
                allowList.add(code, reason.getValue());
                UiSupport.success(getTranslation("admin.allowList.added", code));
                close();
                added.run();
            } catch (BusinessException error) {
                UiSupport.showError(this, error, fields);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("allow-list-save");
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
