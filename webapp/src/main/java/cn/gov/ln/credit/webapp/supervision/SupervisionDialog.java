package cn.gov.ln.credit.webapp.supervision;

import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.supervision.NewSupervisionMark;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import cn.gov.ln.credit.webapp.shell.LocalizedDatePicker;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Sets a supervision mark: on what (when the case offers a choice), why, and by when. */
class SupervisionDialog extends Dialog {

    SupervisionDialog(List<SupervisionTarget> targets, LocalDate today, SupervisionPanel.Marking marking,
            Runnable done) {
        setHeaderTitle(getTranslation("supervision.mark"));
        setWidth("32rem");
        Select<SupervisionTarget> target = new Select<>();
        target.setLabel(getTranslation("supervision.target"));
        target.setItems(targets);
        target.setItemLabelGenerator(SupervisionTarget::label);
        target.setValue(targets.get(0));
        target.setWidthFull();
        target.setId("supervision-target");
        TextArea reason = new TextArea(getTranslation("supervision.reason"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setId("supervision-reason");
        DatePicker dueOn = new LocalizedDatePicker(getTranslation("supervision.dueOn"));
        dueOn.setValue(today.plusDays(3));
        dueOn.setId("supervision-due");
        add(target, reason, dueOn);
        Button confirm = new Button(getTranslation("supervision.mark"), e -> {
            try {
                marking.mark(target.getValue(), new NewSupervisionMark(reason.getValue(), dueOn.getValue()));
                UiSupport.success(getTranslation("supervision.marked"));
                close();
                done.run();
            } catch (BusinessException error) {
                UiSupport.showError(this, error, Map.of("reason", reason, "dueOn", dueOn));
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("supervision-confirm");
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), confirm);
    }
}
