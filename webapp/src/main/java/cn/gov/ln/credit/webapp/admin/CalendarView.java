package cn.gov.ln.credit.webapp.admin;

import cn.gov.ln.credit.calendar.CalendarDay;
import cn.gov.ln.credit.calendar.WorkingDayCalendar;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.MenuItem;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.text.Collator;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * The exceptions to the Monday-to-Friday rule, a year at a time: public holidays and the weekend days worked in
 * exchange (调休). Officers may read it; administrators with calendar:manage enter each year's State Council
 * notice. A small calculator shows how deadlines come out.
 */
@Route(value = "admin/calendar", layout = MainLayout.class)
@RequiresPermissions(Permissions.CALENDAR_READ)
@MenuItem(label = "nav.calendar", icon = "vaadin:calendar", order = 120, section = "nav.section.admin")
public class CalendarView extends VerticalLayout implements HasDynamicTitle {

    private final WorkingDayCalendar calendar;
    private final boolean canManage;
    private final Select<Integer> year = new Select<>();
    private final Span coverageWarning = new Span();
    private final Grid<CalendarDay> grid = new Grid<>();

    public CalendarView(WorkingDayCalendar calendar, AccessGuard guard) {
        this.calendar = calendar;
        this.canManage = guard.isPermitted(Permissions.CALENDAR_MANAGE);
        addClassName("calendar-view");
        setSizeFull();

        int thisYear = LocalDate.now(UiSupport.ZONE).getYear();
        TreeSet<Integer> years = new TreeSet<>(calendar.coveredYears());
        years.add(thisYear);
        years.add(thisYear + 1);
        year.setLabel(getTranslation("admin.calendar.year"));
        year.setItems(List.copyOf(years));
        year.setValue(thisYear);
        year.setId("calendar-year");
        year.addValueChangeListener(e -> refresh());
        coverageWarning.addClassNames(LumoUtility.TextColor.WARNING, LumoUtility.FontWeight.SEMIBOLD);
        coverageWarning.setId("calendar-coverage-warning");
        HorizontalLayout toolbar = new HorizontalLayout(year, coverageWarning);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (canManage) {
            Button add = new Button(getTranslation("admin.calendar.add"), VaadinIcon.PLUS.create(),
                    e -> new CalendarDayDialog(calendar, null, LocalDate.of(selectedYear(), 1, 1), this::refresh)
                            .open());
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.setId("calendar-add");
            toolbar.add(add);
        }

        grid.addColumn(d -> UiSupport.date(d.calendarDate())).setHeader(getTranslation("admin.calendar.date"))
                .setAutoWidth(true).setComparator(CalendarDay::calendarDate);
        grid.addColumn(d -> d.calendarDate().getDayOfWeek().getDisplayName(TextStyle.FULL, getLocale()))
                .setHeader(getTranslation("admin.calendar.weekday")).setAutoWidth(true)
                .setComparator(d -> d.calendarDate().getDayOfWeek());
        grid.addColumn(d -> UiSupport.label(this, d.kind())).setHeader(getTranslation("admin.calendar.kind"))
                .setAutoWidth(true).setComparator(CalendarDay::kind);
        grid.addColumn(CalendarDay::name).setHeader(getTranslation("admin.calendar.name")).setFlexGrow(2)
                .setComparator(Comparator.comparing(CalendarDay::name, Collator.getInstance(Locale.CHINA)));
        grid.addColumn(CalendarDay::source).setHeader(getTranslation("admin.calendar.source")).setFlexGrow(2);
        if (canManage) {
            grid.addComponentColumn(this::actions).setHeader(getTranslation("common.actions")).setAutoWidth(true)
                    .setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setId("calendar-grid");
        grid.setWidthFull();
        grid.setMinHeight("18rem");

        add(new H2(getTranslation("nav.calendar")), toolbar, grid, new WorkingDayCalculator(calendar));
        setFlexGrow(1, grid);
        refresh();
    }

    private Component actions(CalendarDay day) {
        Button edit = new Button(VaadinIcon.EDIT.create(),
                e -> new CalendarDayDialog(calendar, day, day.calendarDate(), this::refresh).open());
        edit.setId("calendar-edit-" + day.calendarDate());
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> confirmRemove(day));
        remove.setId("calendar-remove-" + day.calendarDate());
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (Button button : List.of(edit, remove)) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ICON);
        }
        edit.setTooltipText(getTranslation("common.edit"));
        edit.setAriaLabel(getTranslation("common.edit"));
        remove.setTooltipText(getTranslation("common.delete"));
        remove.setAriaLabel(getTranslation("common.delete"));
        HorizontalLayout actions = new HorizontalLayout(edit, remove);
        actions.setSpacing(false);
        return actions;
    }

    private void confirmRemove(CalendarDay day) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("admin.calendar.removeTitle"),
                getTranslation("admin.calendar.removeText", UiSupport.date(day.calendarDate()), day.name()),
                getTranslation("common.delete"), e -> remove(day), getTranslation("common.cancel"), e -> { });
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void remove(CalendarDay day) {
        try {
            calendar.remove(day.calendarDate());
            UiSupport.success(getTranslation("admin.calendar.removed", UiSupport.date(day.calendarDate())));
        } catch (BusinessException error) {
            AdminUi.showFailure(this, error);
        }
        refresh();
    }

    private int selectedYear() {
        return year.getValue() == null ? LocalDate.now(UiSupport.ZONE).getYear() : year.getValue();
    }

    private void refresh() {
        int selected = selectedYear();
        grid.setItems(calendar.exceptionsOf(selected));
        boolean covered = calendar.coveredYears().contains(selected);
        coverageWarning.setText(covered ? "" : getTranslation("admin.calendar.notCovered", String.valueOf(selected)));
        coverageWarning.setVisible(!covered);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.calendar") + " · " + getTranslation("app.title");
    }
}
