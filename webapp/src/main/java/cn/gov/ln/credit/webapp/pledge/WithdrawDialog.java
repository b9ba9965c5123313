package cn.gov.ln.credit.webapp.pledge;

import cn.gov.ln.credit.pledge.PledgeService;
import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;

/** Withdraws a pledge with a stated reason; the withdrawal is a new, sealed registry entry. */
class WithdrawDialog extends Dialog {

    WithdrawDialog(PledgeService pledges, String code, Runnable done) {
        setHeaderTitle(getTranslation("pledge.withdraw"));
        TextArea reason = new TextArea(getTranslation("pledge.withdraw.reason"));
        reason.setMaxLength(PledgeService.MAX_REASON);
        reason.setWidth("28rem");
        reason.setId("withdraw-reason");
        add(new Paragraph(getTranslation("pledge.withdraw.explain")), reason);
        Button confirm = new Button(getTranslation("pledge.withdraw"), e -> {
            try {
                pledges.withdraw(code, reason.getValue());
                UiSupport.success(getTranslation("pledge.withdrawn"));
                close();
                done.run();
            } catch (BusinessException error) {
                UiSupport.showError(this, error, Map.of("reason", reason));
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.setId("withdraw-confirm");
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), confirm);
    }
}
