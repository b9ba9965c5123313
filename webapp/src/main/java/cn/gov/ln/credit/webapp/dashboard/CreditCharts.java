package cn.gov.ln.credit.webapp.dashboard;

import cn.gov.ln.credit.dashboard.CreditFigures;
import cn.gov.ln.credit.dashboard.DepartmentFeedback;
import cn.gov.ln.credit.dashboard.ObjectionTimeliness;
import cn.gov.ln.credit.dashboard.RepairCounts;
import cn.gov.ln.credit.dashboard.TierCount;
import cn.gov.ln.credit.listing.BreachTier;
import cn.gov.ln.credit.listing.ListType;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The credit office's figures as cards and charts, for its dashboard and for the big screen: lists in force by type
 * and tier, the departments' joint penalty feedback rate, objections answered in time, repairs. Each leads to the
 * list behind it, filtered by the URL.
 */
final class CreditCharts {

    /** The objection list filters by state: answered ones are of several states, so their link lists them all. */
    static final String OBJECTIONS_ALL = "objections?state=all";
    static final String OBJECTIONS_PENDING = "objections?state=pending";

    private final Component context;
    private final CreditFigures figures;
    private final boolean dark;
    private final int limit;

    /** {@code limit}: how many departments the feedback chart shows at most. */
    CreditCharts(Component context, CreditFigures figures, boolean dark, int limit) {
        this.context = context;
        this.figures = figures;
        this.dark = dark;
        this.limit = limit;
    }

    List<Component> cards() {
        List<Component> cards = new ArrayList<>();
        if (figures.entries() != null) {
            cards.add(FigureCard.of("dishonesty-in-force", text("dashboard.credit.dishonesty"),
                    FigureCard.count(figures.entriesOf(ListType.DISHONESTY)), "lists?type=dishonesty"));
            cards.add(FigureCard.of("red-in-force", text("dashboard.credit.red"),
                    FigureCard.count(figures.entriesOf(ListType.RED)), "lists?type=red"));
        }
        if (figures.feedback() != null) {
            cards.add(FigureCard.of("feedback-rate", text("dashboard.credit.feedbackRate"),
                    FigureCard.percent(figures.feedbackRate(),
                            figures.feedback().stream().mapToLong(DepartmentFeedback::parts).sum()),
                    "penalty-cases?state=all"));
        }
        if (figures.objections() != null) {
            cards.add(FigureCard.of("objections-in-time", text("dashboard.credit.objectionsInTime"),
                    FigureCard.percent(figures.objections().inTimeRate(),
                            figures.objections().answered()), OBJECTIONS_ALL));
        }
        if (figures.repairs() != null) {
            cards.add(FigureCard.of("repairs-granted", text("dashboard.credit.repairsGranted"),
                    FigureCard.count(figures.repairs().granted()), "repairs?state=granted"));
        }
        return cards;
    }

    List<Component> panels() {
        List<Component> panels = new ArrayList<>();
        if (figures.entries() != null) {
            panels.add(DashboardPage.panel(text("dashboard.credit.entries"), entries()));
        }
        if (figures.feedback() != null) {
            panels.add(DashboardPage.panel(text("dashboard.credit.feedback"), feedback()));
        }
        if (figures.objections() != null) {
            panels.add(DashboardPage.panel(text("dashboard.credit.objections"), objections()));
        }
        if (figures.repairs() != null) {
            panels.add(DashboardPage.panel(text("dashboard.credit.repairs"), repairs()));
        }
        return panels;
    }

    private Chart entries() {
        List<String> categories = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        List<String> links = new ArrayList<>();
        for (BreachTier tier : BreachTier.values()) {
            categories.add(UiSupport.label(context, ListType.DISHONESTY) + " · " + UiSupport.label(context, tier));
            values.add(count(ListType.DISHONESTY, tier));
            links.add("lists?type=dishonesty&tier=" + tier.name().toLowerCase(Locale.ROOT));
        }
        categories.add(UiSupport.label(context, ListType.RED));
        values.add(figures.entriesOf(ListType.RED));
        links.add("lists?type=red");
        Chart chart = new Chart("entries-chart", dark);
        chart.draw(ChartOptions.horizontalBars(categories, new ChartOptions.Series(text("dashboard.credit.entries"),
                values), null), List.of(links));
        return chart;
    }

    private long count(ListType type, BreachTier tier) {
        return figures.entries().stream().filter(e -> e.listType() == type && e.tier() == tier)
                .mapToLong(TierCount::count).sum();
    }

    /** The departments with the most parts first; the screen shows the first {@code limit}, a long list scrolls. */
    private Chart feedback() {
        List<DepartmentFeedback> departments = figures.feedback().stream().limit(limit).toList();
        Chart chart = new Chart("feedback-chart", dark);
        chart.setHeight(Math.max(320, 28 * departments.size() + 48) + "px");
        chart.draw(empty(ChartOptions.horizontalBars(departments.stream().map(DepartmentFeedback::departmentName)
                .toList(), new ChartOptions.Series(text("dashboard.credit.feedbackRate"),
                        departments.stream().map(DepartmentFeedback::rate).toList()), 100.0), departments.isEmpty()),
                List.of(departments.stream().map(d -> "penalty-cases?state=all&department=" + d.departmentCode())
                        .toList()));
        return chart;
    }

    private ObjectNode empty(ObjectNode option,
            boolean empty) {
        return empty ? ChartOptions.noData(option, text("dashboard.noData")) : option;
    }

    private Chart objections() {
        ObjectionTimeliness o = figures.objections();
        Chart chart = new Chart("objections-chart", dark);
        chart.draw(empty(ChartOptions.pie(text("dashboard.credit.objections"), List.of(
                new ChartOptions.Slice(text("dashboard.credit.answeredInTime"), o.answeredInTime()),
                new ChartOptions.Slice(text("dashboard.credit.answeredLate"), o.answeredLate()),
                new ChartOptions.Slice(text("dashboard.credit.pendingInTime"), o.pendingInTime()),
                new ChartOptions.Slice(text("dashboard.credit.pendingOverdue"), o.pendingOverdue()))),
                o.answered() + o.pendingInTime() + o.pendingOverdue() == 0),
                List.of(List.of(OBJECTIONS_ALL, OBJECTIONS_ALL, OBJECTIONS_PENDING, OBJECTIONS_PENDING)));
        return chart;
    }

    private Chart repairs() {
        RepairCounts r = figures.repairs();
        Chart chart = new Chart("repairs-chart", dark);
        chart.draw(empty(ChartOptions.pie(text("dashboard.credit.repairs"), List.of(
                new ChartOptions.Slice(text("enum.RepairStatus.GRANTED"), r.granted()),
                new ChartOptions.Slice(text("enum.RepairStatus.REFUSED"), r.refused()),
                new ChartOptions.Slice(text("enum.RepairStatus.PENDING"), r.pending()))),
                r.granted() + r.refused() + r.pending() == 0),
                List.of(List.of("repairs?state=granted", "repairs?state=refused", "repairs?state=pending")));
        return chart;
    }

    private String text(String key) {
        return context.getTranslation(key);
    }
}
