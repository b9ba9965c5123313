package cn.gov.ln.credit.webapp.dashboard;

import cn.gov.ln.credit.dashboard.DashboardService;
import cn.gov.ln.credit.dashboard.OfficerFigures;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.DateRange;
import cn.gov.ln.credit.task.CompletedTasks;
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.MenuItem;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.Arrays;
import java.util.List;
import org.apache.shiro.authz.annotation.Logical;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/** An officer's own work in figures, each leading to the task list filtered to it. */
@Route(value = "dashboard", layout = MainLayout.class)
@RequiresPermissions(value = {Permissions.DASHBOARD_VIEW, Permissions.TASK_WORK}, logical = Logical.AND)
@MenuItem(label = "dashboard.nav.officer", icon = "vaadin:dashboard", order = 2, section = "nav.section.work")
@StyleSheet("context://styles/dashboard.css")
public class OfficerDashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String MINE = "tasks?view=mine";
    static final String DUE_SOON = MINE + "&due=soon";
    static final String OVERDUE = MINE + "&due=overdue";
    // the traffic light of the task list's due badges
    private static final String RED = "#e0453a";
    private static final String AMBER = "#f0a020";
    private static final String GREEN = "#3a9a5b";

    private final DashboardService dashboard;
    private final CompletedTasks completed;

    public OfficerDashboardView(DashboardService dashboard, CompletedTasks completed) {
        this.dashboard = dashboard;
        this.completed = completed;
        addClassNames("dashboard-view", "officer-dashboard");
    }

    /** The done list over the figure's days. */
    static String done(DateRange week) {
        return "tasks?view=done&from=" + week.from() + "&to=" + week.to();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        OfficerFigures figures = dashboard.officer();
        add(new H2(getTranslation("dashboard.officer.title")), DashboardPage.cards(
                FigureCard.of("my-open-tasks", getTranslation("dashboard.officer.open"),
                        FigureCard.count(figures.openTasks()), MINE),
                FigureCard.of("my-due-soon", getTranslation("dashboard.officer.dueSoon"),
                        FigureCard.count(figures.dueSoon()), DUE_SOON),
                FigureCard.of("my-overdue", getTranslation("dashboard.officer.overdue"),
                        FigureCard.count(figures.overdue()), OVERDUE),
                FigureCard.of("my-done-this-week", getTranslation("dashboard.officer.doneThisWeek"),
                        FigureCard.count(figures.doneThisWeek()), done(completed.thisWeek()))));
        Chart chart = new Chart("my-tasks-chart", false);
        long later = Math.max(0, figures.openTasks() - figures.dueSoon() - figures.overdue());
        ObjectNode pie = ChartOptions.pie(getTranslation("dashboard.officer.open"), List.of(
                new ChartOptions.Slice(getTranslation("dashboard.officer.overdue"), figures.overdue(), RED),
                new ChartOptions.Slice(getTranslation("dashboard.officer.dueSoon"), figures.dueSoon(), AMBER),
                new ChartOptions.Slice(getTranslation("dashboard.officer.later"), later, GREEN)));
        chart.draw(figures.openTasks() == 0 ? ChartOptions.noData(pie, getTranslation("dashboard.noData")) : pie,
                List.of(Arrays.asList(OVERDUE, DUE_SOON, MINE)));
        add(DashboardPage.panels(DashboardPage.panel(getTranslation("dashboard.officer.chart"), chart)));
        add(new DashboardLinks());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.officer.title") + " · " + getTranslation("app.title");
    }
}
