package cn.gov.ln.credit.webapp.admin;

import cn.gov.ln.credit.webapp.shell.LocalizedDatePicker;
import cn.gov.ln.credit.calendar.WorkingDayCalendar;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.stream.IntStream;

/** Shows how a deadline of N working days comes out from a start date, and whether today is a working day. */
class WorkingDayCalculator extends VerticalLayout {

    static final int MAX_DAYS = 3650;

    private final WorkingDayCalendar calendar;
    private final LocalizedDatePicker start = new LocalizedDatePicker();
    private final IntegerField days = new IntegerField();
    private final Span result = new Span();

    WorkingDayCalculator(WorkingDayCalendar calendar) {
        this.calendar = calendar;
        addClassName("working-day-calculator");
        setPadding(false);
        getStyle().set("flex-shrink", "0");

        LocalDate today = LocalDate.now(UiSupport.ZONE);
        Span todayStatus = new Span(getTranslation(calendar.isWorkingDay(today)
                ? "admin.calendar.today.working" : "admin.calendar.today.rest", UiSupport.date(today), weekday(today)));
        todayStatus.setId("today-status");
        start.setLabel(getTranslation("admin.calendar.calc.start"));
        start.setValue(today);
        start.setId("calc-start");
        days.setLabel(getTranslation("admin.calendar.calc.days"));
        days.setHelperText(getTranslation("admin.calendar.calc.daysHelp"));
        days.setMin(0);
        days.setMax(MAX_DAYS);
        days.setStepButtonsVisible(true);
        days.setValue(20);
        days.setId("calc-days");
        result.addClassName(LumoUtility.FontWeight.SEMIBOLD);
        result.setId("calc-result");
        start.addValueChangeListener(e -> calculate());
        days.addValueChangeListener(e -> calculate());

        HorizontalLayout inputs = new HorizontalLayout(start, days, result);
        inputs.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H3(getTranslation("admin.calendar.calc.title")), todayStatus, inputs);
        calculate();
    }

    private void calculate() {
        Integer count = days.getValue();
        if (start.getValue() == null || count == null || count < 0 || count > MAX_DAYS) {
            result.setText(getTranslation("admin.calendar.calc.incomplete", String.valueOf(MAX_DAYS)));
            return;
        }
        LocalDate end = calendar.addWorkingDays(start.getValue(), count);
        String text = getTranslation("admin.calendar.calc.result", UiSupport.date(end), weekday(end));
        List<Integer> covered = calendar.coveredYears();
        if (!IntStream.rangeClosed(start.getValue().getYear(), end.getYear()).allMatch(covered::contains)) {
            text += " " + getTranslation("admin.calendar.calc.uncovered");
        }
        result.setText(text);
    }

    private String weekday(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.FULL, getLocale());
    }
}
