package cn.gov.ln.credit.webapp.home;

import cn.gov.ln.credit.calendar.WorkingDayCalendar;
import cn.gov.ln.credit.engine.EngineFigures;
import cn.gov.ln.credit.listing.ListType;
import cn.gov.ln.credit.listing.ListingService;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.subject.SubjectQuery;
import cn.gov.ln.credit.subject.SubjectService;
import cn.gov.ln.credit.webapp.dashboard.DashboardLinks;
import cn.gov.ln.credit.webapp.mycredit.MyCreditView;
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.MenuItem;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.apache.shiro.authz.annotation.RequiresAuthentication;

/**
 * The workbench after sign-in: the officer's scope and the figures of their division that the foundation
 * already holds (subjects by grade, lists in force, the engine's state for process administrators).
 * Applicants go straight to their own credit file.
 */
@Route(value = "", layout = MainLayout.class)
@RequiresAuthentication
@MenuItem(label = "nav.home", icon = "vaadin:home", order = 0)
public class HomeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AccessGuard guard;
    private final SubjectService subjects;
    private final ListingService listings;
    private final WorkingDayCalendar calendar;
    private final EngineFigures engine;
    private final Clock clock;

    public HomeView(AccessGuard guard, SubjectService subjects, ListingService listings, WorkingDayCalendar calendar,
            EngineFigures engine, Clock clock) {
        this.guard = guard;
        this.subjects = subjects;
        this.listings = listings;
        this.calendar = calendar;
        this.engine = engine;
        this.clock = clock;
        addClassName("home-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!guard.isPermitted(Permissions.DASHBOARD_VIEW) && guard.isPermitted(Permissions.OWN_CREDIT_FILE)) {
            event.forwardTo(MyCreditView.class);
            return;
        }
        removeAll();
        Actor actor = guard.current();
        add(new H2(getTranslation("home.greeting", actor.displayName())));
        Paragraph scope = new Paragraph(getTranslation("home.scope", actor.divisionName(),
                actor.departmentName() == null ? "" : actor.departmentName()));
        scope.addClassName(LumoUtility.TextColor.SECONDARY);
        add(scope);
        FlexLayout cards = new FlexLayout();
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.addClassNames(LumoUtility.Gap.MEDIUM, "home-cards");
        cards.add(todayCard());
        if (guard.isPermitted(Permissions.SUBJECT_READ)) {
            cards.add(card("home.subjects", String.format("%,d", subjects.count(SubjectQuery.ALL)), "subjects-count"));
        }
        if (guard.isPermitted(Permissions.LISTING_READ)) {
            cards.add(card("home.dishonesty", String.format("%,d", listings.countInForce(ListType.DISHONESTY)),
                    "dishonesty-count"));
            cards.add(card("home.red", String.format("%,d", listings.countInForce(ListType.RED)), "red-count"));
        }
        if (guard.isPermitted(Permissions.CAMUNDA_WEBAPP)) {
            EngineFigures.Figures figures = engine.now();
            cards.add(card("home.definitions", Long.toString(figures.definitions()), "definitions-count"));
            cards.add(card("home.instances", Long.toString(figures.instances()), "instances-count"));
            cards.add(card("home.incidents", Long.toString(figures.incidents()), "incidents-count"));
            cards.add(card("home.jobs", Long.toString(figures.jobs()), "jobs-count"));
        }
        add(cards, new DashboardLinks());
        if (guard.isPermitted(Permissions.SUBJECT_READ)) {
            add(gradeDistribution(subjects.countByGrade()));
        }
    }

    private Component todayCard() {
        LocalDate today = LocalDate.now(clock);
        String status = getTranslation(calendar.isWorkingDay(today) ? "home.today.working" : "home.today.rest");
        Div card = card("home.today", UiSupport.date(today), "today");
        Span detail = new Span(status + " · " + getTranslation("home.today.deadline",
                UiSupport.date(calendar.addWorkingDays(today, 20))));
        detail.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        card.add(detail);
        return card;
    }

    private Div card(String labelKey, String value, String id) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        Span number = new Span(value);
        number.addClassNames(LumoUtility.FontSize.XXLARGE, LumoUtility.FontWeight.SEMIBOLD);
        number.setId(id);
        Div card = new Div(label, number);
        card.addClassNames("card", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Padding.MEDIUM, LumoUtility.BorderRadius.MEDIUM, LumoUtility.Background.CONTRAST_5);
        card.setMinWidth("12rem");
        return card;
    }

    private Component gradeDistribution(Map<String, Long> byGrade) {
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("home.grades")));
        box.setPadding(false);
        box.addClassName("grade-distribution");
        long total = byGrade.values().stream().mapToLong(Long::longValue).sum();
        for (Map.Entry<String, Long> entry : byGrade.entrySet()) {
            String label = entry.getKey().isEmpty() ? getTranslation("home.grades.none")
                    : getTranslation("enum.CreditGrade." + entry.getKey());
            double share = total == 0 ? 0 : 100.0 * entry.getValue() / total;
            Div bar = new Div();
            bar.addClassNames("grade-bar", "grade-" + (entry.getKey().isEmpty() ? "none" : entry.getKey()));
            bar.setWidth(String.format("%.1f%%", share));
            Div track = new Div(bar);
            track.addClassName("grade-track");
            Span caption = new Span(String.format("%s  %,d (%.1f%%)", label, entry.getValue(), share));
            caption.addClassName(LumoUtility.FontSize.SMALL);
            box.add(new Div(caption, track));
        }
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home") + " · " + getTranslation("app.title");
    }
}
