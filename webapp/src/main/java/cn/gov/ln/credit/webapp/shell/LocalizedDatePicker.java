package cn.gov.ln.credit.webapp.shell;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.Arrays;
import java.util.List;

/**
 * A date picker that speaks the UI's language (month and weekday names, buttons), weeks starting on Monday
 * and dates shown as yyyy-MM-dd, as Chinese forms write them.
 */
public class LocalizedDatePicker extends DatePicker {

    public LocalizedDatePicker() {
        super();
    }

    public LocalizedDatePicker(String label) {
        super(label);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        DatePickerI18n i18n = new DatePickerI18n();
        i18n.setMonthNames(list("datepicker.months"));
        i18n.setWeekdays(list("datepicker.weekdays"));
        i18n.setWeekdaysShort(list("datepicker.weekdaysShort"));
        i18n.setToday(getTranslation("datepicker.today"));
        i18n.setCancel(getTranslation("datepicker.cancel"));
        i18n.setFirstDayOfWeek(1);
        i18n.setDateFormat("yyyy-MM-dd");
        setI18n(i18n);
    }

    private List<String> list(String key) {
        return Arrays.asList(getTranslation(key).split(","));
    }
}
