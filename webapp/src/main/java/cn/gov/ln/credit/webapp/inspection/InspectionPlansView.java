package cn.gov.ln.credit.webapp.inspection;

import cn.gov.ln.credit.division.Division;
import cn.gov.ln.credit.division.DivisionService;
import cn.gov.ln.credit.inspection.DrawVerification;
import cn.gov.ln.credit.inspection.InspectionPlan;
import cn.gov.ln.credit.inspection.InspectionPlans;
import cn.gov.ln.credit.inspection.InspectionTasks;
import cn.gov.ln.credit.inspection.NewInspectionPlan;
import cn.gov.ln.credit.inspection.TaskView;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.webapp.shell.LocalizedDatePicker;
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.MenuItem;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * 抽查计划: a department's inspection plans. A plan is entered, then drawn by the system (the seed, the digest of
 * the recorded inputs, the subjects and their inspectors are shown, and the draw can be verified); there is no way
 * here to add a subject by hand.
 */
@Route(value = InspectionPlansView.ROUTE, layout = MainLayout.class)
@RequiresPermissions(Permissions.INSPECTION_PLAN)
@MenuItem(label = "nav.inspectionPlans", icon = "vaadin:random", order = 40, section = "nav.section.credit")
public class InspectionPlansView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "inspection/plans";

    private final InspectionPlans plans;
    private final InspectionTasks tasks;
    private final TextField title = new TextField();
    private final TextArea scope = new TextArea();
    private final LocalizedDatePicker periodStart = new LocalizedDatePicker();
    private final LocalizedDatePicker periodEnd = new LocalizedDatePicker();
    private final MultiSelectComboBox<Division> divisions = new MultiSelectComboBox<>();
    private final Checkbox excludeOwnCounty = new Checkbox();
    private final IntegerField inspectors = new IntegerField();
    private final Grid<InspectionPlan> grid = new Grid<>();
    private final Div detail = new Div();

    public InspectionPlansView(InspectionPlans plans, InspectionTasks tasks, DivisionService divisionService,
            AccessGuard guard, java.time.Clock clock) {
        this.plans = plans;
        this.tasks = tasks;
        setWidthFull();
        Paragraph hint = new Paragraph(getTranslation("inspection.plans.hint"));
        hint.addClassName(LumoUtility.TextColor.SECONDARY);
        title.setLabel(getTranslation("inspection.plan.title"));
        title.setMaxLength(200);
        title.setId("plan-title");
        scope.setLabel(getTranslation("inspection.plan.scope"));
        scope.setMaxLength(1000);
        scope.setId("plan-scope");
        periodStart.setLabel(getTranslation("inspection.plan.periodStart"));
        periodStart.setId("plan-period-start");
        periodEnd.setLabel(getTranslation("inspection.plan.periodEnd"));
        periodEnd.setId("plan-period-end");
        periodStart.setValue(java.time.LocalDate.now(clock));
        periodEnd.setValue(java.time.LocalDate.now(clock).plusMonths(1));
        String scopePrefix = guard.current().scopePrefix();
        List<Division> within = new ArrayList<>(divisionService.within(scopePrefix));
        within.sort(Comparator.comparing(Division::code));
        divisions.setItems(within);
        divisions.setItemLabelGenerator(d -> d.code() + " " + d.name());
        divisions.setLabel(getTranslation("inspection.plan.divisions"));
        divisions.setId("plan-divisions");
        excludeOwnCounty.setLabel(getTranslation("inspection.plan.excludeOwnCounty"));
        excludeOwnCounty.setValue(true);
        excludeOwnCounty.setId("plan-exclude-own-county");
        inspectors.setLabel(getTranslation("inspection.plan.inspectorsPerSubject"));
        inspectors.setValue(2);
        inspectors.setMin(1);
        inspectors.setMax(5);
        inspectors.setStepButtonsVisible(true);
        inspectors.setId("plan-inspectors");
        Button create = new Button(getTranslation("inspection.plan.create"), e -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("plan-create");
        FormLayout form = new FormLayout(title, periodStart, periodEnd, divisions, inspectors, excludeOwnCounty);
        form.add(scope, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));

        grid.addColumn(InspectionPlan::planNo).setHeader(getTranslation("inspection.plan.no")).setAutoWidth(true);
        grid.addColumn(InspectionPlan::title).setHeader(getTranslation("inspection.plan.title")).setFlexGrow(2);
        grid.addColumn(p -> UiSupport.date(p.periodStart()) + " – " + UiSupport.date(p.periodEnd()))
                .setHeader(getTranslation("inspection.plan.period")).setAutoWidth(true);
        grid.addColumn(p -> getTranslation("inspection.status." + p.status()))
                .setHeader(getTranslation("inspection.plan.status")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setId("plan-grid");
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        detail.setId("plan-detail");
        detail.setWidthFull();
        add(new H2(getTranslation("nav.inspectionPlans")), hint, form, create, grid, detail);
        refresh(null);
    }

    private void create() {
        try {
            InspectionPlan plan = plans.create(new NewInspectionPlan(title.getValue(), scope.getValue(),
                    periodStart.getValue(), periodEnd.getValue(), divisions.getValue().stream().map(Division::code)
                            .sorted().toList(), excludeOwnCounty.getValue(), inspectors.getValue()));
            UiSupport.success(getTranslation("inspection.plan.created", plan.planNo()));
            title.clear();
            scope.clear();
            refresh(plan);
        } catch (BusinessException e) {
            UiSupport.showError(this, e, Map.<String, HasValidation>of("title", title, "scope", scope, "periodStart",
                    periodStart, "periodEnd", periodEnd, "candidateDivisions", divisions, "inspectorsPerSubject",
                    inspectors));
        }
    }

    private void refresh(InspectionPlan selected) {
        grid.setItems(plans.plans(PageRequest.first(200)));
        if (selected != null) {
            grid.select(selected);
            show(selected);
        }
    }

    private void show(InspectionPlan plan) {
        detail.removeAll();
        if (plan == null) {
            return;
        }
        InspectionPlan current = plans.plan(plan.id());
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.add(new H3(current.planNo() + " " + current.title()));
        box.add(new Paragraph(getTranslation("inspection.plan.scopeLine", current.scope())));
        box.add(new Paragraph(getTranslation(current.excludeOwnCounty() ? "inspection.plan.summaryAvoidingCounty"
                : "inspection.plan.summary", current.candidateDivisions(), current.inspectorsPerSubject())));
        HorizontalLayout actions = new HorizontalLayout();
        if (InspectionPlan.DRAFT.equals(current.status())) {
            Button draw = new Button(getTranslation("inspection.plan.draw"), e -> act(() -> plans.draw(current.id())));
            draw.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            draw.setId("plan-draw");
            actions.add(draw);
        } else {
            Span seed = new Span(getTranslation("inspection.plan.seedLine", current.drawSeed()));
            seed.setId("plan-seed");
            Span digest = new Span(getTranslation("inspection.plan.digestLine", current.drawDigest()));
            digest.setId("plan-digest");
            digest.getStyle().set("word-break", "break-all");
            box.add(seed, digest, new Span(getTranslation("inspection.plan.drawnBy", current.drawnBy(),
                    UiSupport.dateTime(current.drawnAt()), current.rateModel())));
            Button verify = new Button(getTranslation("inspection.plan.verify"), e -> verify(current));
            verify.setId("plan-verify");
            actions.add(verify);
            if (InspectionPlan.DRAWN.equals(current.status())) {
                Button close = new Button(getTranslation("inspection.plan.close"),
                        e -> act(() -> plans.close(current.id())));
                close.setId("plan-close");
                actions.add(close);
            }
        }
        box.add(actions);
        if (current.drawSeed() != null) {
            Grid<TaskView> drawn = new Grid<>();
            drawn.addColumn(TaskView::subjectName).setHeader(getTranslation("inspection.task.subject"))
                    .setFlexGrow(2);
            drawn.addColumn(v -> v.task().grade() == null ? "—" : v.task().grade())
                    .setHeader(getTranslation("inspection.task.grade")).setAutoWidth(true);
            drawn.addColumn(v -> String.join(getTranslation("inspection.task.inspectorSeparator"), v.inspectors()))
                    .setHeader(getTranslation("inspection.task.inspectors")).setFlexGrow(1);
            drawn.addColumn(v -> v.task().result() == null ? getTranslation("inspection.task.open")
                    : UiSupport.label(this, v.task().result())).setHeader(getTranslation("inspection.task.result"))
                    .setAutoWidth(true);
            drawn.setItems(tasks.ofPlan(current.id()));
            drawn.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            drawn.setId("plan-drawn-grid");
            drawn.setHeight("400px");
            box.add(drawn);
        }
        detail.add(box);
    }

    private void verify(InspectionPlan plan) {
        try {
            DrawVerification verification = plans.verify(plan.id());
            if (verification.holds()) {
                UiSupport.success(getTranslation("inspection.plan.verified"));
            } else {
                UiSupport.error(getTranslation("inspection.plan.verifyFailed"));
            }
        } catch (BusinessException e) {
            UiSupport.showError(this, e, Map.of());
        }
    }

    private void act(java.util.function.Supplier<InspectionPlan> action) {
        try {
            refresh(action.get());
        } catch (BusinessException e) {
            UiSupport.showError(this, e, Map.of());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.inspectionPlans") + " · " + getTranslation("app.title");
    }
}
