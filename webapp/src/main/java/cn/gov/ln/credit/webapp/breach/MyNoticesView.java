package cn.gov.ln.credit.webapp.breach;

import cn.gov.ln.credit.breach.Breach;
import cn.gov.ln.credit.breach.BreachQueries;
import cn.gov.ln.credit.breach.DeterminationService;
import cn.gov.ln.credit.calendar.WorkingDayCalendar;
import cn.gov.ln.credit.legaldocument.DocumentLinks;
import cn.gov.ln.credit.legaldocument.CaseType;
import cn.gov.ln.credit.legaldocument.LegalDocument;
import cn.gov.ln.credit.legaldocument.LegalDocuments;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.webapp.lists.ListUrl;
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.MenuItem;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * The advance notices addressed to the applicant: what is intended and on what basis, the papers (the advance
 * notice, then the decision) to open and download, the working days left to answer, and the statement and defence
 * answered online; then the decision.
 */
@Route(value = "my-notices", layout = MainLayout.class)
@RequiresPermissions(Permissions.BREACH_ANSWER)
@MenuItem(label = "nav.myNotices", icon = "vaadin:envelope-open-o", order = 8)
public class MyNoticesView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** {@code ?show=open}: only the notices not decided yet, what 我的信用 counts as 未结违诺. */
    static final String SHOW = "show";
    static final String OPEN = "open";

    private final BreachQueries breachQueries;
    private final DeterminationService determinations;
    private final LegalDocuments papers;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private boolean openOnly;

    public MyNoticesView(BreachQueries breachQueries, DeterminationService determinations, LegalDocuments papers,
            WorkingDayCalendar calendar, Clock clock) {
        this.breachQueries = breachQueries;
        this.determinations = determinations;
        this.papers = papers;
        this.calendar = calendar;
        this.clock = clock;
        addClassName("my-notices-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        openOnly = OPEN.equals(ListUrl.of(event.getLocation().getQueryParameters()).text(SHOW));
        show();
    }

    private void show() {
        removeAll();
        Paragraph hint = new Paragraph(getTranslation("notices.hint"));
        hint.addClassName(LumoUtility.TextColor.SECONDARY);
        Checkbox onlyOpen = new Checkbox(getTranslation("cards.notices.openOnly"), openOnly);
        onlyOpen.setId("notices-open-only");
        onlyOpen.addValueChangeListener(e -> getUI().ifPresent(ui -> ui.navigate(MyNoticesView.class,
                e.getValue() ? QueryParameters.of(SHOW, OPEN) : QueryParameters.empty())));
        add(new H2(getTranslation("nav.myNotices")), hint, onlyOpen);
        List<Breach> mine = breachQueries.mine().stream().filter(b -> !openOnly || b.isOpen()).toList();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("notices.none")));
        }
        mine.forEach(b -> add(notice(b)));
    }

    private Component notice(Breach breach) {
        VerticalLayout card = new VerticalLayout();
        card.addClassNames("notice-card", "record-card");
        card.setId("notice-" + breach.caseNo());
        card.add(new H3(getTranslation("notices.title", breach.caseNo())));
        FormLayout facts = new FormLayout();
        facts.addFormItem(new Span(breach.description()), getTranslation("breach.description"));
        facts.addFormItem(new Span(UiSupport.label(this, breach.basisType()) + " " + breach.basisNumber() + "（"
                + breach.basisIssuer() + "，" + UiSupport.date(breach.basisDate()) + "）"),
                getTranslation("breach.basis"));
        facts.addFormItem(new Span(UiSupport.label(this, breach.proposedTier())), getTranslation("breach.tier"));
        facts.addFormItem(new Span(getTranslation("notices.rights")), getTranslation("notices.rightsLabel"));
        Span status = UiSupport.badge(getTranslation("breach.status." + breach.status()), "");
        status.setId("notice-status");
        facts.addFormItem(status, getTranslation("breach.status"));
        card.add(facts);
        papers.ofCase(CaseType.BREACH, breach.id()).forEach(paper -> card.add(paper(paper)));
        LocalDate today = LocalDate.now(clock);
        if (breach.answerableOn(today)) {
            int left = calendar.workingDaysLeft(today, breach.defenceDueOn());
            Span remaining = UiSupport.badge(getTranslation("notices.timeLeft", UiSupport.date(breach.defenceDueOn()),
                    left), left <= 1 ? "error" : "");
            remaining.setId("notice-time-left");
            TextArea statement = new TextArea(getTranslation("breach.statement"));
            statement.setMaxLength(2000);
            statement.setWidthFull();
            statement.setId("statement-text");
            Button submit = new Button(getTranslation("notices.submit"), e -> {
                try {
                    determinations.submitStatement(breach.id(), statement.getValue());
                    UiSupport.success(getTranslation("notices.submitted"));
                    show();
                } catch (BusinessException error) {
                    UiSupport.showError(this, error, Map.of("statement", statement));
                }
            });
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            submit.setId("statement-submit");
            card.add(remaining, statement, submit);
        } else if (breach.statement() != null) {
            card.add(new Paragraph(getTranslation("notices.yourStatement", breach.statement())));
        }
        if (breach.decidedAt() != null) {
            Paragraph decision = new Paragraph(getTranslation("notices.decision",
                    getTranslation("breach.status." + breach.status()), breach.decisionReason()));
            decision.setId("notice-decision");
            card.add(decision);
        }
        return card;
    }

    /** A paper addressed to the applicant: opening it on its screen or downloading it records its delivery. */
    private Component paper(LegalDocument paper) {
        Span name = new Span(getTranslation("notices.paper", paper.type().title(), paper.number(),
                UiSupport.dateTime(paper.issuedAt())));
        Anchor open = new Anchor(DocumentLinks.of(paper), getTranslation("notices.paper.open"));
        open.setId("notice-paper-open-" + paper.id());
        HorizontalLayout row = new HorizontalLayout(name, open, PaperLinks.download(papers, paper,
                getTranslation("notices.paper.download"), "notice-paper-download-" + paper.id()));
        row.setAlignItems(Alignment.BASELINE);
        row.setWrap(true);
        row.addClassNames("notice-paper", "notice-paper-" + paper.type().name());
        row.setId("notice-paper-" + paper.id());
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.myNotices") + " · " + getTranslation("app.title");
    }
}
