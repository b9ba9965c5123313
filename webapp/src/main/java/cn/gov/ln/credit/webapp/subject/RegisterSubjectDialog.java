package cn.gov.ln.credit.webapp.subject;

import cn.gov.ln.credit.webapp.shell.LocalizedDatePicker;
import cn.gov.ln.credit.division.Division;
import cn.gov.ln.credit.division.DivisionService;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.subject.NewSubject;
import cn.gov.ln.credit.subject.SubjectKind;
import cn.gov.ln.credit.subject.SubjectService;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.LongConsumer;

/** Registers a credit subject; the service checks the code and names every field it refuses. */
class RegisterSubjectDialog extends Dialog {

    RegisterSubjectDialog(SubjectService subjects, DivisionService divisions, Actor actor, LongConsumer registered) {
        setHeaderTitle(getTranslation("subjects.register"));
        Select<SubjectKind> kind = new Select<>();
        kind.setLabel(getTranslation("subject.kind"));
        kind.setItems(SubjectKind.values());
        kind.setItemLabelGenerator(k -> UiSupport.label(this, k));
        kind.setValue(SubjectKind.LEGAL_PERSON);
        kind.setId("register-kind");
        TextField name = new TextField(getTranslation("subject.name"));
        name.setMaxLength(200);
        name.setId("register-name");
        TextField identifier = new TextField(getTranslation("subject.identifier"));
        identifier.setHelperText(getTranslation("subjects.register.identifierHelp"));
        identifier.setMaxLength(18);
        identifier.setId("register-identifier");
        TextField representative = new TextField(getTranslation("subject.legalRepresentative"));
        representative.setMaxLength(64);
        ComboBox<Division> division = new ComboBox<>(getTranslation("subject.division"));
        division.setItems(divisions.within(actor.scopePrefix()));
        division.setItemLabelGenerator(d -> divisions.fullName(d.code()));
        division.setId("register-division");
        DatePicker registeredOn = new LocalizedDatePicker(getTranslation("subject.registeredOn"));
        kind.addValueChangeListener(e -> representative.setEnabled(e.getValue() != SubjectKind.NATURAL_PERSON));

        FormLayout form = new FormLayout(kind, name, identifier, representative, division, registeredOn);
        add(form);
        Map<String, HasValidation> fields = Map.of("kind", kind, "name", name, "identifier", identifier,
                "legalRepresentative", representative, "divisionCode", division, "registeredOn", registeredOn);
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                long id = subjects.register(new NewSubject(kind.getValue(), name.getValue(), identifier.getValue(),
                        representative.getValue(), division.getValue() == null ? null : division.getValue().code(),
                        registeredOn.getValue()));
                UiSupport.success(getTranslation("subjects.registered"));
                close();
                registered.accept(id);
            } catch (BusinessException error) {
                UiSupport.showError(this, error, fields);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("register-save");
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
