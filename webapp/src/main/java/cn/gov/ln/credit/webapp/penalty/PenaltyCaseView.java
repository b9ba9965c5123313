package cn.gov.ln.credit.webapp.penalty;

import cn.gov.ln.credit.account.AccountService;
import cn.gov.ln.credit.forms.FormSchema;
import cn.gov.ln.credit.legaldocument.CaseType;
import cn.gov.ln.credit.legaldocument.LegalDocuments;
import cn.gov.ln.credit.legaldocument.PaperNotices;
import cn.gov.ln.credit.penalty.DepartmentResponses;
import cn.gov.ln.credit.penalty.PenaltyCase;
import cn.gov.ln.credit.penalty.PenaltyCaseDetail;
import cn.gov.ln.credit.penalty.PenaltyMeasure;
import cn.gov.ln.credit.penalty.PenaltyResponse;
import cn.gov.ln.credit.penalty.PenaltyCaseQueries;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.supervision.SupervisedCase;
import cn.gov.ln.credit.supervision.SupervisionQueries;
import cn.gov.ln.credit.supervision.Supervisions;
import cn.gov.ln.credit.webapp.supervision.SupervisionPanel;
import cn.gov.ln.credit.webapp.supervision.SupervisionTarget;
import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.webapp.form.RenderedForm;
import cn.gov.ln.credit.webapp.legaldocument.CasePapers;
import cn.gov.ln.credit.webapp.lists.PeopleNames;
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.shiro.authz.annotation.Logical;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * One joint penalty case: the listing and the measures it asks for, a progress bar and a table of every
 * department's response and feedback for the credit officer; for a department's liaison, its own part and the form
 * of its current step (respond, then report feedback). The case's notices (联合惩戒案件通知书) follow: every
 * department's for the officer, the liaison's own department's for the liaison.
 */
@Route(value = "penalty-cases", layout = MainLayout.class)
@RequiresPermissions(value = {Permissions.PENALTY_READ, Permissions.PENALTY_RESPOND}, logical = Logical.OR)
public class PenaltyCaseView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final DepartmentResponses responses;
    private final PenaltyCaseQueries cases;
    private final LegalDocuments documents;
    private final PaperNotices paperNotices;
    private final AccessGuard guard;
    private final Supervisions supervisions;
    private final SupervisionQueries supervisionQueries;
    private final PeopleNames people;
    private final Clock clock;
    private long caseId;
    private String title = "";

    public PenaltyCaseView(DepartmentResponses responses, PenaltyCaseQueries cases, LegalDocuments documents,
            PaperNotices paperNotices, AccessGuard guard, Supervisions supervisions,
            SupervisionQueries supervisionQueries,
            AccountService accounts, Clock clock) {
        this.responses = responses;
        this.supervisionQueries = supervisionQueries;
        this.people = new PeopleNames(accounts);
        this.cases = cases;
        this.documents = documents;
        this.paperNotices = paperNotices;
        this.guard = guard;
        this.supervisions = supervisions;
        this.clock = clock;
        addClassName("penalty-case-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        caseId = parameter == null ? -1 : parameter;
        show();
    }

    private void show() {
        removeAll();
        PenaltyCaseDetail detail = cases.detail(caseId);
        PenaltyCase penaltyCase = detail.summary().penaltyCase();
        title = penaltyCase.caseNo();
        add(new H2(detail.summary().subjectName() + " · " + UiSupport.label(this, penaltyCase.action())));
        Span status = UiSupport.badge(UiSupport.label(this, penaltyCase.status()),
                penaltyCase.status() == PenaltyCase.CaseStatus.CLOSED ? "success" : "");
        status.setId("penalty-status");
        add(status);
        UiSupport.cockpitLink(this, penaltyCase.processInstanceId()).ifPresent(this::add);
        FormLayout facts = new FormLayout();
        facts.addFormItem(new Span(penaltyCase.caseNo()), getTranslation("penalty.caseNo"));
        facts.addFormItem(new Span(detail.listing().reason()), getTranslation("listing.reason"));
        facts.addFormItem(new Span(UiSupport.label(this, detail.listing().basisType()) + " "
                + detail.listing().basisNumber() + " · " + UiSupport.label(this, detail.listing().tier())),
                getTranslation("breach.basis"));
        people.load(Collections.singletonList(penaltyCase.initiatedBy()), name -> name);
        Span initiated = new Span(people.of(this, penaltyCase.initiatedBy()) + " · "
                + UiSupport.dateTime(penaltyCase.initiatedAt()));
        initiated.setId("penalty-initiated");
        facts.addFormItem(initiated, getTranslation("penalty.initiatedAt"));
        facts.addFormItem(new Span(getTranslation("penalty.dueDates", UiSupport.date(penaltyCase.responseDueOn()),
                UiSupport.date(penaltyCase.feedbackDueOn()))), getTranslation("penalty.deadlines"));
        add(facts);
        Component progress = PenaltyCasesView.progress(detail.summary());
        progress.setId("penalty-progress");
        add(progress, supervision(detail));
        Actor actor = guard.current();
        detail.parts().stream().filter(p -> actor.departmentId() != null
                && p.response().departmentId() == actor.departmentId()
                && p.response().status() != PenaltyResponse.ResponseStatus.REPORTED
                && guard.isPermitted(Permissions.PENALTY_RESPOND)).findFirst()
                .ifPresent(part -> add(new H3(getTranslation("penalty.ourPart")), form(penaltyCase, part)));
        add(new H3(getTranslation("penalty.departments")), parts(detail));
        add(new H3(getTranslation("penalty.measures")), measures(detail));
        CasePapers papers = new CasePapers(documents, paperNotices, CaseType.PENALTY, penaltyCase.id());
        papers.setId("penalty-papers");
        add(new H3(getTranslation("casePapers.title")), papers);
    }

    /** The case's supervision marks; the credit office marks a department that has not reported feedback. */
    private Component supervision(PenaltyCaseDetail detail) {
        Map<Long, String> names = new java.util.HashMap<>();
        detail.parts().forEach(p -> names.put(p.response().departmentId(), p.departmentName()));
        List<SupervisionTarget> late = detail.parts().stream()
                .filter(p -> p.response().status() != PenaltyResponse.ResponseStatus.REPORTED)
                .map(p -> new SupervisionTarget(Long.toString(p.response().departmentId()), p.departmentName()))
                .toList();
        return new SupervisionPanel(supervisions, supervisionQueries, people, SupervisedCase.PENALTY_CASE, caseId, late,
                (target, mark) -> supervisions.markPenaltyDepartment(caseId, Long.parseLong(target.id()), mark),
                id -> names.getOrDefault(id, ""), LocalDate.now(clock), this::show);
    }

    private Component form(PenaltyCase penaltyCase, PenaltyCaseDetail.DepartmentPart part) {
        boolean responding = part.response().status() == PenaltyResponse.ResponseStatus.PENDING;
        FormSchema schema = responses.formOf(penaltyCase.id());
        RenderedForm form = new RenderedForm(schema, Map.of("caseNo", penaltyCase.caseNo(), "measureCodes",
                part.response().measureCodes()));
        form.setId(responding ? "response-form" : "feedback-form");
        Button submit = new Button(getTranslation(responding ? "penalty.respond" : "penalty.report"),
                VaadinIcon.CHECK.create());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId(responding ? "penalty-respond" : "penalty-report");
        submit.addClickListener(e -> {
            try {
                if (responding) {
                    responses.respond(penaltyCase.id(), form.values());
                } else {
                    responses.reportFeedback(penaltyCase.id(), form.values());
                }
                UiSupport.success(getTranslation("common.saved"));
                show();
            } catch (BusinessException error) {
                UiSupport.showError(this, error, form.validationTargets());
            }
        });
        return new VerticalLayout(form, submit);
    }

    private Component parts(PenaltyCaseDetail detail) {
        Grid<PenaltyCaseDetail.DepartmentPart> grid = new Grid<>();
        grid.addColumn(PenaltyCaseDetail.DepartmentPart::departmentName).setHeader(getTranslation("filing.department"))
                .setFlexGrow(2);
        grid.addColumn(p -> p.response().measureCodes()).setHeader(getTranslation("penalty.measures"))
                .setAutoWidth(true);
        grid.addComponentColumn(p -> UiSupport.badge(UiSupport.label(this, p.response().status())
                + (p.overdue() ? " · " + getTranslation("penalty.overdue") : ""),
                p.overdue() ? "error" : p.response().status() == PenaltyResponse.ResponseStatus.REPORTED ? "success"
                        : "")).setHeader(getTranslation("breach.status")).setAutoWidth(true);
        grid.addColumn(p -> p.response().applied() == null ? ""
                : p.response().applied() ? p.response().appliedMeasures()
                        : getTranslation("penalty.notApplied", p.response().responseNote()))
                .setHeader(getTranslation("penalty.response")).setFlexGrow(3);
        grid.addColumn(p -> p.response().feedbackNote() == null ? "" : p.response().feedbackNote())
                .setHeader(getTranslation("penalty.feedback")).setFlexGrow(3);
        grid.setItems(detail.parts());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("penalty-parts");
        return grid;
    }

    private Component measures(PenaltyCaseDetail detail) {
        Grid<PenaltyMeasure> grid = new Grid<>();
        grid.addColumn(PenaltyMeasure::code).setHeader(getTranslation("measure.code")).setAutoWidth(true);
        grid.addColumn(m -> UiSupport.label(this, m.catalogue())).setHeader(getTranslation("measure.catalogue"))
                .setAutoWidth(true);
        grid.addColumn(PenaltyMeasure::area).setHeader(getTranslation("measure.area")).setAutoWidth(true);
        grid.addColumn(PenaltyMeasure::content).setHeader(getTranslation("measure.content")).setFlexGrow(3);
        grid.addColumn(PenaltyMeasure::legalBasis).setHeader(getTranslation("measure.legalBasis")).setFlexGrow(3);
        grid.setItems(detail.measures());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.title");
    }
}
