package cn.gov.ln.credit.webapp.pledge;

import cn.gov.ln.credit.pledge.Determination;
import cn.gov.ln.credit.pledge.FulfillmentStatus;
import cn.gov.ln.credit.pledge.PledgeFulfilment;
import cn.gov.ln.credit.pledge.PledgeService;
import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.webapp.shell.LocalizedDatePicker;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Map;

/** Records whether a pledge was kept, with the fields of the national collection template. */
class DeterminationDialog extends Dialog {

    DeterminationDialog(PledgeFulfilment fulfilment, String code, Runnable done) {
        setHeaderTitle(getTranslation("pledge.determine"));
        RadioButtonGroup<FulfillmentStatus> status = new RadioButtonGroup<>(getTranslation("pledge.fulfillment"));
        status.setItems(FulfillmentStatus.values());
        status.setItemLabelGenerator(s -> UiSupport.label(this, s));
        status.setId("determine-status");
        TextArea unfulfilled = new TextArea(getTranslation("pledge.determine.unfulfilled"));
        unfulfilled.setMaxLength(2000);
        TextArea action = new TextArea(getTranslation("pledge.determine.action"));
        action.setMaxLength(1000);
        LocalizedDatePicker date = new LocalizedDatePicker(getTranslation("pledge.determine.date"));
        date.setValue(LocalDate.now(UiSupport.ZONE));
        TextArea note = new TextArea(getTranslation("pledge.determine.note"));
        note.setMaxLength(PledgeService.MAX_REASON);
        status.addValueChangeListener(e -> {
            boolean open = e.getValue() != null && e.getValue() != FulfillmentStatus.FULFILLED;
            unfulfilled.setEnabled(open);
            action.setEnabled(open);
        });
        FormLayout form = new FormLayout(status, date, unfulfilled, action, note);
        form.setColspan(status, 2);
        add(form);
        Map<String, HasValidation> fields = Map.of("status", status, "unfulfilledContent", unfulfilled,
                "actionTaken", action, "determinationDate", date, "note", note);
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                fulfilment.determine(code, new Determination(status.getValue(), unfulfilled.getValue(),
                        action.getValue(), date.getValue(), note.getValue()));
                UiSupport.success(getTranslation("common.saved"));
                close();
                done.run();
            } catch (BusinessException error) {
                UiSupport.showError(this, error, fields);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("determine-save");
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
