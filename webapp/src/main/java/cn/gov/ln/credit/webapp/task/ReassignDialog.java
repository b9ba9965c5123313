package cn.gov.ln.credit.webapp.task;

import cn.gov.ln.credit.account.AccountService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.List;
import java.util.function.Consumer;

/**
 * Picks the colleague the selected tasks go to, from those who may take the first of them; the service checks each
 * task again, so a task the colleague may not take is refused and reported, not handed over.
 */
class ReassignDialog extends Dialog {

    ReassignDialog(Component context, List<AccountService.Colleague> candidates, Consumer<String> reassign) {
        setHeaderTitle(context.getTranslation("tasks.bulk.reassign"));
        ComboBox<AccountService.Colleague> to = new ComboBox<>(context.getTranslation("tasks.bulk.reassignTo"));
        to.setItems(candidates);
        to.setItemLabelGenerator(c -> c.displayName() + "（" + c.username() + "）");
        to.setWidth("22rem");
        to.setId("bulk-reassign-to");
        Button ok = new Button(context.getTranslation("common.confirm"), e -> {
            if (to.getValue() != null) {
                close();
                reassign.accept(to.getValue().username());
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("bulk-reassign-confirm");
        add(to);
        getFooter().add(new Button(context.getTranslation("common.cancel"), e -> close()), ok);
    }
}
