package cn.gov.ln.credit.webapp.admin;

import cn.gov.ln.credit.department.Department;
import cn.gov.ln.credit.legaldocument.NumberingPatterns;
import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * How a department numbers its papers: the pattern for every year, or for one year, with the number it would
 * give the first paper of a series shown as the pattern is typed.
 */
class NumberingPatternDialog extends Dialog {

    NumberingPatternDialog(NumberingPatterns patterns, Department department) {
        setHeaderTitle(getTranslation("admin.numbering.title", department.name()));
        int thisYear = LocalDate.now(UiSupport.ZONE).getYear();
        Select<Integer> year = new Select<>();
        year.setLabel(getTranslation("admin.numbering.year"));
        year.setItems(List.of(NumberingPatterns.EVERY_YEAR, thisYear, thisYear + 1));
        year.setItemLabelGenerator(y -> y == NumberingPatterns.EVERY_YEAR ? getTranslation("admin.numbering.everyYear")
                : Integer.toString(y));
        year.setValue(NumberingPatterns.EVERY_YEAR);
        year.setId("numbering-year");
        TextField pattern = new TextField(getTranslation("admin.numbering.pattern"));
        pattern.setHelperText(getTranslation("admin.numbering.help"));
        pattern.setMaxLength(NumberingPatterns.MAX_LENGTH);
        pattern.setValueChangeMode(ValueChangeMode.LAZY);
        pattern.setWidthFull();
        pattern.setId("numbering-pattern");
        Span example = new Span();
        example.setId("numbering-example");
        Runnable load = () -> pattern.setValue(patterns.patternOf(department.id(), year.getValue() == 0 ? thisYear
                : year.getValue()));
        pattern.addValueChangeListener(e -> example.setText(getTranslation("admin.numbering.example",
                patterns.example(department.id(), year.getValue(), e.getValue()))));
        year.addValueChangeListener(e -> load.run());
        load.run();
        FormLayout form = new FormLayout(year, pattern, example);
        form.setColspan(pattern, 2);
        add(form);
        Map<String, HasValidation> fields = Map.of("year", year, "pattern", pattern);
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                patterns.set(department.id(), year.getValue(), pattern.getValue());
                UiSupport.success(getTranslation("common.saved"));
                close();
            } catch (BusinessException error) {
                UiSupport.showError(this, error, fields);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("numbering-save");
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
