package cn.gov.ln.credit.webapp.filing;

import cn.gov.ln.credit.account.AccountService;
import cn.gov.ln.credit.calendar.DueLights;
import cn.gov.ln.credit.creditcheck.CreditCheckService;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.filing.ApplicantSteps;
import cn.gov.ln.credit.filing.Filing;
import cn.gov.ln.credit.filing.FilingDiagrams;
import cn.gov.ln.credit.filing.FilingDocuments;
import cn.gov.ln.credit.filing.FilingQueries;
import cn.gov.ln.credit.filing.FilingRoute;
import cn.gov.ln.credit.filing.FilingStatus;
import cn.gov.ln.credit.filing.FilingView;
import cn.gov.ln.credit.filing.ProcessDiagram;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.ActorKind;
import cn.gov.ln.credit.substitution.Absence;
import cn.gov.ln.credit.substitution.Substitutions;
import cn.gov.ln.credit.supervision.SupervisedCase;
import cn.gov.ln.credit.supervision.SupervisionQueries;
import cn.gov.ln.credit.supervision.Supervisions;
import cn.gov.ln.credit.task.FilingTaskService;
import cn.gov.ln.credit.task.TaskItem;
import cn.gov.ln.credit.webapp.bpmn.BpmnDiagram;
import cn.gov.ln.credit.webapp.pledge.PledgeDetailView;
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import cn.gov.ln.credit.webapp.supervision.SupervisionPanel;
import cn.gov.ln.credit.webapp.supervision.SupervisionTarget;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import cn.gov.ln.credit.legaldocument.CaseType;
import cn.gov.ln.credit.legaldocument.LegalDocuments;
import cn.gov.ln.credit.webapp.legaldocument.CasePapers;
import cn.gov.ln.credit.webapp.lists.PeopleNames;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.shiro.authz.annotation.Logical;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * The case of one filing: where it stands and by when, the evidence of its credit checks (with a warning when
 * the record changed since intake), the pledge it relies on, the open tasks the viewer may work on, its papers,
 * every step with who and when, and its processes drawn with the current position. An applicant sees the step
 * tracker (收件 → 受理 → 审批 → 办结, with what is expected of them now) instead of the diagrams, which are the
 * officers' tool. The service decides who may see it: a filing out of the viewer's scope answers 404.
 */
@Route(value = "filings", layout = MainLayout.class)
@RequiresPermissions(value = {Permissions.FILING_READ, Permissions.OWN_CREDIT_FILE}, logical = Logical.OR)
public class FilingDetailView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final FilingQueries filings;
    private final FilingDocuments documents;
    private final FilingDiagrams diagrams;
    private final FilingTaskService tasks;
    private final AccessGuard guard;
    private final CreditCheckService creditChecks;
    private final LegalDocuments papers;
    private final DueLights lights;
    private final Supervisions supervisions;
    private final SupervisionQueries supervisionQueries;
    private final Substitutions substitutions;
    private final Clock clock;
    private final PeopleNames people;
    private long filingId;
    private String title = "";

    public FilingDetailView(FilingQueries filings, FilingDocuments documents, FilingDiagrams diagrams,
            FilingTaskService tasks, AccessGuard guard, CreditCheckService creditChecks, LegalDocuments papers,
            DueLights lights, Supervisions supervisions, SupervisionQueries supervisionQueries,
            Substitutions substitutions, Clock clock, AccountService accounts) {
        this.filings = filings;
        this.supervisionQueries = supervisionQueries;
        this.people = new PeopleNames(accounts);
        this.documents = documents;
        this.diagrams = diagrams;
        this.tasks = tasks;
        this.guard = guard;
        this.creditChecks = creditChecks;
        this.papers = papers;
        this.lights = lights;
        this.supervisions = supervisions;
        this.substitutions = substitutions;
        this.clock = clock;
        addClassName("filing-detail-view");
    }

    private String decidedBy(Filing filing) {
        return people.of(this, filing.decidedBy());
    }

    /** The people the page names, looked up at once: who decided, checked, uploaded and took each step. */
    private void loadPeople(FilingView view) {
        List<String> usernames = new java.util.ArrayList<>();
        usernames.add(view.filing().decidedBy());
        view.checks().forEach(c -> usernames.add(c.requestedBy()));
        view.documents().forEach(d -> usernames.add(d.uploadedBy()));
        usernames.addAll(FilingTimeline.people(view.events()));
        people.load(usernames, name -> name);
    }

    private CasePapers filingPapers(Filing filing) {
        CasePapers list = new CasePapers(papers, CaseType.FILING, filing.id());
        list.setId("filing-papers");
        return list;
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        filingId = parameter == null ? -1 : parameter;
        show();
    }

    private void show() {
        removeAll();
        FilingView view = filings.view(filingId);
        Filing filing = view.filing();
        title = filing.filingNo();
        loadPeople(view);
        add(header(view));
        boolean applicant = guard.current().kind() == ActorKind.APPLICANT;
        if (applicant) {
            add(new StepTracker(filing, ApplicantSteps.of(filing, view.events()),
                    Deadlines.statutory(this, filing, view.matter().statutoryDays())));
        }
        if (view.creditChangedSinceIntake()) {
            Div warning = new Div(VaadinIcon.WARNING.create(), new Span(" " + getTranslation("filing.creditChanged")));
            warning.addClassName("credit-change");
            warning.setId("credit-changed");
            add(warning);
        }
        List<TaskItem> open = tasks.ofFiling(filing.filingNo());
        supervision(filing, open);
        if (!open.isEmpty()) {
            add(new H3(getTranslation("filing.tasks")));
            Map<String, String> assignees = new java.util.HashMap<>();
            open.forEach(task -> assignees.put(task.taskId(), task.assignee()));
            Map<String, Absence> through = substitutions.offeredThrough(guard.current(), assignees);
            open.forEach(task -> add(new TaskPanel(tasks, tasks.get(task.taskId()), guard,
                    through.get(task.taskId()), this::show)));
        }
        add(new H3(getTranslation("filing.checks")),
                new CreditEvidencePanel(view.checks(), creditChecks::hits, people));
        if (filing.inLieuRequested()) {
            add(new H3(getTranslation("filing.inLieu")), inLieu(filing));
        }
        add(new H3(getTranslation("filing.documents")),
                new DocumentsPanel(documents, filing, view.documents(), view.matter().papers(), this::show, people),
                new H3(getTranslation("filing.papers")), filingPapers(filing),
                new H3(getTranslation("filing.timeline")), new FilingTimeline(view.events(), people));
        if (applicant) {
            return;
        }
        add(new H3(getTranslation("filing.process")));
        for (ProcessDiagram diagram : diagrams.of(filingId)) {
            H4 name = new H4(diagram.processName() + (diagram.ended() ? " · " + getTranslation("filing.process.ended")
                    : ""));
            BpmnDiagram drawing = new BpmnDiagram(diagram.bpmnXml(), diagram.active(), diagram.passed());
            drawing.setId("diagram-" + diagram.processDefinitionKey());
            add(name);
            UiSupport.cockpitLink(this, diagram.processInstanceId()).ifPresent(this::add);
            add(drawing);
        }
    }

    /** The filing's supervision marks; a supervisor marks the filing or one of its open tasks. */
    private void supervision(Filing filing, List<TaskItem> open) {
        List<SupervisionTarget> targets = new java.util.ArrayList<>();
        if (filing.isOpen()) {
            targets.add(new SupervisionTarget(null, getTranslation("supervision.wholeCase")));
            open.forEach(t -> targets.add(new SupervisionTarget(t.taskId(), t.name())));
        }
        SupervisionPanel panel = new SupervisionPanel(supervisions, supervisionQueries, people,
                SupervisedCase.FILING, filing.id(), targets,
                (target, mark) -> supervisions.markFiling(filing.id(), target.id(), mark), id -> "",
                LocalDate.now(clock), this::show);
        if (!panel.isEmpty()) {
            add(panel);
        }
    }

    private Component header(FilingView view) {
        Filing f = view.filing();
        H2 no = new H2(view.matter().name());
        Span number = new Span(f.filingNo());
        number.setId("filing-no");
        Span status = UiSupport.badge(UiSupport.label(this, f.status()), statusTheme(f.status()));
        status.setId("filing-status");
        HorizontalLayout line = new HorizontalLayout(number, status);
        if (f.route() != null) {
            Span route = UiSupport.badge(UiSupport.label(this, f.route()), f.route() == FilingRoute.GREEN ? "success"
                    : f.route() == FilingRoute.RESTRICTED ? "error" : "");
            route.setId("filing-route");
            line.add(route);
        }
        line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        FormLayout form = new FormLayout();
        form.addFormItem(new Span(view.subject().name() + "（" + view.subject().identifier() + "）"),
                getTranslation("filing.subject"));
        form.addFormItem(new Span(view.departmentName()), getTranslation("filing.department"));
        form.addFormItem(new Span(UiSupport.label(this, f.channel()) + " · " + UiSupport.dateTime(f.receivedAt())),
                getTranslation("filing.received"));
        Span due = new Span(Deadlines.statutory(this, f, view.matter().statutoryDays()));
        due.setId("filing-due");
        HorizontalLayout dueLine = new HorizontalLayout(due);
        if (f.isOpen()) {
            Span light = Deadlines.light(this, lights.of(f.dueOn()), null);
            light.setId("filing-light");
            dueLine.add(light);
        }
        form.addFormItem(dueLine, getTranslation("filing.dueOn"));
        if (f.papersDueOn() != null) {
            form.addFormItem(new Span(UiSupport.date(f.papersDueOn())), getTranslation("filing.papersDueOn"));
        }
        if (f.decision() != null) {
            form.addFormItem(new Span(UiSupport.label(this, f.decision()) + (f.decisionReason() == null ? ""
                    : "：" + f.decisionReason()) + " · " + decidedBy(f) + " · " + UiSupport.dateTime(f.decidedAt())),
                    getTranslation("filing.decision"));
        }
        form.addFormItem(new Span(view.matter().legalBasis()), getTranslation("filing.legalBasis"));
        return new VerticalLayout(no, line, form);
    }

    private Component inLieu(Filing filing) {
        HorizontalLayout row = new HorizontalLayout();
        if (filing.pledgeCode() != null) {
            RouterLink pledge = new RouterLink(filing.pledgeCode(), PledgeDetailView.class, filing.pledgeCode());
            pledge.setId("filing-pledge");
            row.add(new Span(getTranslation("filing.pledge")), pledge);
        }
        Span outcome;
        if (filing.inLieuGranted() == null) {
            outcome = UiSupport.badge(getTranslation("filing.inLieu.pending"), "contrast");
        } else if (filing.inLieuGranted()) {
            outcome = UiSupport.badge(getTranslation("filing.inLieu.granted"), "success");
        } else {
            outcome = UiSupport.badge(getTranslation("filing.inLieu.refused", UiSupport.message(this,
                    filing.inLieuRefusal(), List.of())), "error");
        }
        outcome.setId("filing-inlieu");
        row.add(outcome);
        return row;
    }

    private static String statusTheme(FilingStatus status) {
        return switch (status) {
            case APPROVED -> "success";
            case REJECTED, REVOKED, CLOSED -> "error";
            default -> "";
        };
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.title");
    }
}
