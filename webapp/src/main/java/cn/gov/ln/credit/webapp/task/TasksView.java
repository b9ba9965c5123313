package cn.gov.ln.credit.webapp.task;

import cn.gov.ln.credit.filing.FilingRoute;
import cn.gov.ln.credit.matter.MatterService;
import cn.gov.ln.credit.matter.PermitMatter;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.task.DueFilter;
import cn.gov.ln.credit.task.FilingTaskService;
import cn.gov.ln.credit.task.TaskItem;
import cn.gov.ln.credit.task.TaskQuery;
import cn.gov.ln.credit.task.TaskView;
import cn.gov.ln.credit.substitution.Absence;
import cn.gov.ln.credit.substitution.Substitutions;
import cn.gov.ln.credit.supervision.Supervisions;
import cn.gov.ln.credit.webapp.filing.FilingDetailView;
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.MenuItem;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * An officer's work: their own tasks, their post's unclaimed tasks in the department, or (supervisors) all of
 * the department's; filtered by matter, route, due date and text, most urgent first, a page at a time.
 */
@Route(value = "tasks", layout = MainLayout.class)
@RequiresPermissions(Permissions.TASK_WORK)
@MenuItem(label = "nav.tasks", icon = "vaadin:tasks", order = 1, section = "nav.section.work")
public class TasksView extends VerticalLayout implements HasDynamicTitle {

    static final int PAGE = 50;

    private final FilingTaskService tasks;
    private final MatterService matters;
    private final Clock clock;
    private final Map<Tab, TaskView> views = new LinkedHashMap<>();
    private final Tabs tabs = new Tabs();
    private final ComboBox<PermitMatter> matter = new ComboBox<>();
    private final Select<FilingRoute> route = new Select<>();
    private final Select<DueFilter> due = new Select<>();
    private final TextField text = new TextField();
    private final Span total = new Span();
    private final Grid<TaskItem> grid = new Grid<>();
    private final AccessGuard guard;
    private final Substitutions substitutions;
    private final Supervisions supervisions;
    private Map<String, Absence> offeredThrough = Map.of();
    private Set<Long> supervised = Set.of();

    public TasksView(FilingTaskService tasks, MatterService matters, AccessGuard guard, Clock clock,
            Substitutions substitutions, Supervisions supervisions) {
        this.guard = guard;
        this.substitutions = substitutions;
        this.supervisions = supervisions;
        this.tasks = tasks;
        this.matters = matters;
        this.clock = clock;
        addClassName("tasks-view");
        setSizeFull();
        tab(TaskView.MINE, "tasks.mine");
        tab(TaskView.DEPARTMENT, "tasks.department");
        if (guard.isPermitted(Permissions.TASK_SUPERVISE)) {
            tab(TaskView.ALL, "tasks.all");
        }
        tabs.addSelectedChangeListener(e -> refresh());
        add(new H2(getTranslation("nav.tasks")), tabs, filters(), grid());
        refresh();
    }

    private void tab(TaskView view, String label) {
        Tab tab = new Tab(getTranslation(label));
        tab.setId("tab-" + view.name().toLowerCase());
        views.put(tab, view);
        tabs.add(tab);
    }

    private HorizontalLayout filters() {
        matter.setLabel(getTranslation("filing.matter"));
        matter.setItems(matters.all());
        matter.setItemLabelGenerator(PermitMatter::name);
        matter.setClearButtonVisible(true);
        matter.setWidth("16rem");
        route.setLabel(getTranslation("filing.route"));
        route.setItems(FilingRoute.values());
        route.setItemLabelGenerator(r -> UiSupport.label(this, r));
        route.setEmptySelectionAllowed(true);
        route.setEmptySelectionCaption(getTranslation("common.all"));
        due.setLabel(getTranslation("tasks.due"));
        due.setItems(DueFilter.values());
        due.setItemLabelGenerator(d -> d == null ? "" : getTranslation("tasks.due." + d.name()));
        due.setEmptySelectionAllowed(true);
        due.setEmptySelectionCaption(getTranslation("common.all"));
        due.setId("task-due");
        text.setLabel(getTranslation("tasks.search"));
        text.setPlaceholder(getTranslation("tasks.search.hint"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setId("task-search");
        matter.addValueChangeListener(e -> refresh());
        route.addValueChangeListener(e -> refresh());
        due.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());
        total.setId("task-total");
        HorizontalLayout filters = new HorizontalLayout(text, matter, route, due, total);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        return filters;
    }

    private Grid<TaskItem> grid() {
        grid.setId("tasks-grid");
        grid.setSizeFull();
        grid.setPageSize(PAGE);
        grid.addComponentColumn(this::dueCell).setHeader(getTranslation("tasks.dueAt")).setAutoWidth(true);
        grid.addColumn(TaskItem::name).setHeader(getTranslation("tasks.task")).setAutoWidth(true);
        grid.addComponentColumn(this::marks).setHeader(getTranslation("delegation.marks")).setAutoWidth(true);
        grid.addColumn(TaskItem::filingNo).setHeader(getTranslation("filing.no")).setAutoWidth(true);
        grid.addColumn(TaskItem::subjectName).setHeader(getTranslation("filing.subject")).setFlexGrow(2);
        grid.addColumn(t -> matters.find(t.matterCode()).map(PermitMatter::name).orElse(t.matterCode()))
                .setHeader(getTranslation("filing.matter")).setFlexGrow(2);
        grid.addComponentColumn(t -> t.route() == null ? new Span() : routeBadge(t.route()))
                .setHeader(getTranslation("filing.route")).setAutoWidth(true);
        grid.addColumn(t -> t.assignee() == null ? "" : t.assignee()).setHeader(getTranslation("tasks.assignee"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addItemClickListener(e -> {
            if (e.getItem() != null) {
                open(e.getItem());
            }
        });
        return grid;
    }

    private Component dueCell(TaskItem task) {
        if (task.dueAt() == null) {
            return new Span("—");
        }
        String day = UiSupport.dateTime(task.dueAt()).substring(0, 16);
        return task.isOverdue(Instant.now(clock)) ? UiSupport.badge(day + " " + getTranslation("tasks.overdue"),
                "error") : new Span(day);
    }

    private Span routeBadge(FilingRoute route) {
        String theme = switch (route) {
            case GREEN -> "success";
            case RESTRICTED -> "error";
            case TOLERANCE -> "";
            case NORMAL -> "contrast";
        };
        return UiSupport.badge(UiSupport.label(this, route), theme);
    }

    /** "代 A" on a task offered through a substitution for A, "督办" on a filing under supervision. */
    private Component marks(TaskItem task) {
        HorizontalLayout marks = new HorizontalLayout();
        marks.setSpacing(false);
        Absence absence = offeredThrough.get(task.taskId());
        if (absence != null) {
            Span mark = UiSupport.badge(getTranslation("delegation.actingFor", absence.displayName()), "contrast");
            mark.setId("acting-for-" + task.filingNo());
            marks.add(mark);
        }
        if (supervised.contains(task.filingId())) {
            Span mark = UiSupport.badge(getTranslation("supervision.badge"), "error");
            mark.setId("supervised-" + task.filingNo());
            marks.add(mark);
        }
        return marks;
    }

    /** Reads the marks of the page's tasks before the grid renders them. */
    private List<TaskItem> marked(List<TaskItem> page) {
        Map<String, String> assignees = new HashMap<>();
        page.forEach(t -> assignees.put(t.taskId(), t.assignee()));
        offeredThrough = substitutions.offeredThrough(guard.current(), assignees);
        supervised = supervisions.supervisedFilings(page.stream().map(TaskItem::filingId).toList());
        return page;
    }

    private Component actions(TaskItem task) {
        HorizontalLayout actions = new HorizontalLayout();
        if (task.assignee() == null) {
            Button claim = new Button(getTranslation("tasks.claim"), e -> act(() -> tasks.claim(task.taskId()),
                    "tasks.claimed"));
            claim.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            claim.setId("claim-" + task.filingNo());
            actions.add(claim);
        }
        Button open = new Button(getTranslation("tasks.open"), e -> open(task));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL);
        open.setId("open-" + task.filingNo());
        actions.add(open);
        return actions;
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            UiSupport.success(getTranslation(doneKey));
        } catch (BusinessException e) {
            UiSupport.showError(this, e, Map.of());
        }
        refresh();
    }

    private void open(TaskItem task) {
        getUI().ifPresent(ui -> ui.navigate(FilingDetailView.class, task.filingId(),
                QueryParameters.of("task", task.taskId())));
    }

    private void refresh() {
        TaskView view = views.getOrDefault(tabs.getSelectedTab(), TaskView.MINE);
        TaskQuery query = new TaskQuery(view, matter.getValue() == null ? null : matter.getValue().code(),
                route.getValue(), due.getValue(), text.getValue());
        long count = tasks.count(query);
        grid.setItems(q -> marked(tasks.search(query, new PageRequest(q.getOffset(), q.getLimit()))).stream(),
                q -> (int) count);
        total.setText(count > FilingTaskService.COUNT_LIMIT
                ? getTranslation("tasks.totalOver", FilingTaskService.COUNT_LIMIT)
                : getTranslation("common.total", count));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.tasks") + " · " + getTranslation("app.title");
    }
}
