package cn.gov.ln.credit.webapp.admin;

import cn.gov.ln.credit.webapp.shell.LocalizedDatePicker;
import cn.gov.ln.credit.calendar.CalendarDay;
import cn.gov.ln.credit.calendar.DayKind;
import cn.gov.ln.credit.calendar.WorkingDayCalendar;
import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Map;

/**
 * Enters or corrects one exception day. When correcting, the date is fixed: the service replaces the entry of
 * that date, so changing the date would leave the old entry behind.
 */
class CalendarDayDialog extends Dialog {

    CalendarDayDialog(WorkingDayCalendar calendar, CalendarDay existing, LocalDate initialPosition, Runnable saved) {
        setHeaderTitle(getTranslation(existing == null ? "admin.calendar.add" : "admin.calendar.edit"));
        DatePicker date = new LocalizedDatePicker(getTranslation("admin.calendar.date"));
        date.setInitialPosition(initialPosition);
        date.setId("calendar-day-date");
        Select<DayKind> kind = new Select<>();
        kind.setLabel(getTranslation("admin.calendar.kind"));
        kind.setItems(DayKind.values());
        kind.setItemLabelGenerator(k -> UiSupport.label(this, k));
        kind.setHelperText(getTranslation("admin.calendar.kindHelp"));
        kind.setValue(DayKind.HOLIDAY);
        kind.setId("calendar-day-kind");
        TextField name = new TextField(getTranslation("admin.calendar.name"));
        name.setPlaceholder(getTranslation("admin.calendar.namePlaceholder"));
        name.setMaxLength(32);
        name.setId("calendar-day-name");
        TextField source = new TextField(getTranslation("admin.calendar.source"));
        source.setHelperText(getTranslation("admin.calendar.sourceHelp"));
        source.setMaxLength(64);
        source.setId("calendar-day-source");
        if (existing != null) {
            date.setValue(existing.calendarDate());
            date.setReadOnly(true);
            kind.setValue(existing.kind());
            name.setValue(existing.name());
            source.setValue(existing.source() == null ? "" : existing.source());
        }

        FormLayout form = new FormLayout(date, kind, name, source);
        add(form);
        Map<String, HasValidation> fields = Map.of("calendarDate", date, "kind", kind, "name", name);
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                calendar.set(new CalendarDay(date.getValue(), kind.getValue(), name.getValue(), source.getValue()));
                UiSupport.success(getTranslation("common.saved"));
                close();
                saved.run();
            } catch (BusinessException error) {
                UiSupport.showError(this, error, fields);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("calendar-day-save");
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
