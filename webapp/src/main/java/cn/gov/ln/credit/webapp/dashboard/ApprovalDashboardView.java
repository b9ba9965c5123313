package cn.gov.ln.credit.webapp.dashboard;

import cn.gov.ln.credit.dashboard.ApprovalFigures;
import cn.gov.ln.credit.dashboard.DashboardService;
import cn.gov.ln.credit.dashboard.DayRouteCount;
import cn.gov.ln.credit.dashboard.MatterDays;
import cn.gov.ln.credit.filing.FilingRoute;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.MenuItem;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.shiro.authz.annotation.Logical;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * The approval office's month: filings per day by route, how many approvals rest on a pledge instead of
 * certificates, and the working days each matter takes to a decision. Every bar and slice opens the filing list
 * filtered to it.
 */
@Route(value = "dashboard/approval", layout = MainLayout.class)
@RequiresPermissions(value = {Permissions.DASHBOARD_VIEW, Permissions.FILING_READ}, logical = Logical.AND)
@MenuItem(label = "dashboard.nav.approval", icon = "vaadin:chart", order = 3, section = "nav.section.work")
@StyleSheet("context://styles/dashboard.css")
public class ApprovalDashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DashboardService dashboard;

    public ApprovalDashboardView(DashboardService dashboard) {
        this.dashboard = dashboard;
        addClassNames("dashboard-view", "approval-dashboard");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        ApprovalFigures figures = dashboard.approval();
        String period = "&from=" + figures.from() + "&to=" + figures.to();
        // approvals are counted by the day decided, whatever happened to the permit after
        String decided = "&on=decided" + period;
        long filed = figures.filingsPerDay().stream().mapToLong(DayRouteCount::count).sum();
        double inLieuShare = figures.approvals() == 0 ? 0 : 100.0 * figures.approvalsInLieu() / figures.approvals();
        add(new H2(getTranslation("dashboard.approval.title")),
                new Paragraph(getTranslation("dashboard.period", UiSupport.date(figures.from()),
                        UiSupport.date(figures.to()))),
                DashboardPage.cards(
                        FigureCard.of("filings-received", getTranslation("dashboard.approval.received"),
                                FigureCard.count(filed), "filings?" + period.substring(1)),
                        FigureCard.of("filings-approved", getTranslation("dashboard.approval.approved"),
                                FigureCard.count(figures.approvals()), "filings?decision=approve" + decided),
                        FigureCard.of("in-lieu-share", getTranslation("dashboard.approval.inLieuShare"),
                                FigureCard.percent(inLieuShare, figures.approvals()),
                                "filings?decision=approve&inlieu=true" + decided)),
                DashboardPage.panels(
                        DashboardPage.panel(getTranslation("dashboard.approval.perDay"), perDay(figures)),
                        DashboardPage.panel(getTranslation("dashboard.approval.inLieu"), inLieu(figures, decided)),
                        DashboardPage.panel(getTranslation("dashboard.approval.daysToDecision"),
                                daysToDecision(figures, decided))),
                new DashboardLinks());
    }

    private Chart perDay(ApprovalFigures figures) {
        List<LocalDate> days = figures.from().datesUntil(figures.to().plusDays(1)).toList();
        List<String> categories = days.stream().map(d -> String.format("%02d-%02d", d.getMonthValue(),
                d.getDayOfMonth())).toList();
        List<FilingRoute> routes = new ArrayList<>(Arrays.asList(FilingRoute.values()));
        if (figures.filingsPerDay().stream().anyMatch(d -> d.route() == null)) {
            routes.add(null);
        }
        List<ChartOptions.Series> series = new ArrayList<>();
        List<List<String>> links = new ArrayList<>();
        for (FilingRoute route : routes) {
            List<Long> values = days.stream().map(day -> figures.filingsPerDay().stream()
                    .filter(d -> d.day().equals(day) && d.route() == route).mapToLong(DayRouteCount::count).sum())
                    .toList();
            series.add(new ChartOptions.Series(route == null ? getTranslation("dashboard.approval.unrouted")
                    : UiSupport.label(this, route), values));
            links.add(days.stream().map(day -> "filings?" + (route == null ? ""
                    : "route=" + route.name().toLowerCase(Locale.ROOT) + "&") + "from=" + day + "&to=" + day)
                    .toList());
        }
        Chart chart = new Chart("filings-per-day-chart", false);
        chart.draw(ChartOptions.bars(categories, series, true, null), links);
        return chart;
    }

    private Chart inLieu(ApprovalFigures figures, String period) {
        Chart chart = new Chart("in-lieu-chart", false);
        ObjectNode pie = ChartOptions.pie(getTranslation("dashboard.approval.approved"), List.of(
                new ChartOptions.Slice(getTranslation("dashboard.approval.onPledge"), figures.approvalsInLieu()),
                new ChartOptions.Slice(getTranslation("dashboard.approval.onCertificates"),
                        figures.approvals() - figures.approvalsInLieu())));
        chart.draw(figures.approvals() == 0 ? ChartOptions.noData(pie, getTranslation("dashboard.noData")) : pie,
                List.of(List.of("filings?decision=approve&inlieu=true" + period,
                        "filings?decision=approve&inlieu=false" + period)));
        return chart;
    }

    private Chart daysToDecision(ApprovalFigures figures, String period) {
        List<MatterDays> matters = figures.daysToDecision();
        Chart chart = new Chart("days-to-decision-chart", false);
        ObjectNode bars = ChartOptions.horizontalBars(matters.stream().map(MatterDays::matterName).toList(),
                new ChartOptions.Series(getTranslation("dashboard.approval.workingDays"),
                        matters.stream().map(MatterDays::averageWorkingDays).toList()), null);
        chart.draw(matters.isEmpty() ? ChartOptions.noData(bars, getTranslation("dashboard.noData")) : bars,
                List.of(matters.stream().map(m -> "filings?matter=" + m.matterCode() + period).toList()));
        return chart;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.approval.title") + " · " + getTranslation("app.title");
    }
}
