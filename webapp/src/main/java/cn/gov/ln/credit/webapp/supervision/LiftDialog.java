package cn.gov.ln.credit.webapp.supervision;

import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.supervision.Supervisions;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;

/** Lifts a supervision mark with the reason, which stays on the record. */
class LiftDialog extends Dialog {

    LiftDialog(Supervisions supervisions, long markId, Runnable done) {
        setHeaderTitle(getTranslation("supervision.lift"));
        setWidth("28rem");
        TextArea reason = new TextArea(getTranslation("supervision.liftReason"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setId("supervision-lift-reason");
        add(reason);
        Button confirm = new Button(getTranslation("supervision.lift"), e -> {
            try {
                supervisions.lift(markId, reason.getValue());
                UiSupport.success(getTranslation("supervision.lifted"));
                close();
                done.run();
            } catch (BusinessException error) {
                UiSupport.showError(this, error, Map.of("reason", reason));
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("supervision-lift-confirm");
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), confirm);
    }
}
