package cn.gov.ln.credit.webapp.task;

import cn.gov.ln.credit.account.AccountService;
import cn.gov.ln.credit.calendar.DueLights;
import cn.gov.ln.credit.export.ListExports;
import cn.gov.ln.credit.filing.FilingRoute;
import cn.gov.ln.credit.matter.MatterService;
import cn.gov.ln.credit.matter.PermitMatter;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.substitution.Absence;
import cn.gov.ln.credit.substitution.Substitutions;
import cn.gov.ln.credit.supervision.SupervisionQueries;
import cn.gov.ln.credit.task.BulkTaskWork;
import cn.gov.ln.credit.task.DueFilter;
import cn.gov.ln.credit.task.FilingTaskService;
import cn.gov.ln.credit.task.TaskItem;
import cn.gov.ln.credit.task.TaskQuery;
import cn.gov.ln.credit.task.TaskRow;
import cn.gov.ln.credit.task.TaskSort;
import cn.gov.ln.credit.task.TaskSortKey;
import cn.gov.ln.credit.task.TaskView;
import cn.gov.ln.credit.webapp.filing.Deadlines;
import cn.gov.ln.credit.webapp.filing.FilingDetailView;
import cn.gov.ln.credit.webapp.lists.ExportColumns;
import cn.gov.ln.credit.webapp.lists.ExportLink;
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.MenuItem;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
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
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * An officer's work: their own tasks, their post's unclaimed tasks in the department, or (supervisors) all of
 * the department's; filtered by matter, route, due date, arrival and text, sorted on the server by a column, a page
 * at a time. The filters live in the address ({@link TaskListParameters}), so a link from elsewhere opens the same
 * list; without a view in it the list opens on the first tab that has work. Several tasks can be claimed, released
 * or reassigned at once, each under the rules of one.
 */
@Route(value = "tasks", layout = MainLayout.class)
@RequiresPermissions(Permissions.TASK_WORK)
@MenuItem(label = "nav.tasks", icon = "vaadin:tasks", order = 1, section = "nav.section.work")
public class TasksView extends VerticalLayout implements HasDynamicTitle, AfterNavigationObserver {

    static final List<Integer> PAGE_SIZES = List.of(20, 50, 100);

    private final FilingTaskService tasks;
    private final BulkTaskWork bulk;
    private final MatterService matters;
    private final DueLights lights;
    private final boolean supervisor;
    private final Map<Tab, TaskView> views = new LinkedHashMap<>();
    private final Tabs tabs = new Tabs();
    private final ComboBox<PermitMatter> matter = new ComboBox<>();
    private final Select<FilingRoute> route = new Select<>();
    private final Select<DueFilter> due = new Select<>();
    private final TextField text = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Select<Integer> pageSize = new Select<>();
    private final Span total = new Span();
    private final Div bulkResult = new Div();
    private final Grid<TaskRow> grid = new Grid<>();
    private final Map<TaskSortKey, Grid.Column<TaskRow>> sortable = new LinkedHashMap<>();
    private final AccessGuard guard;
    private final ListExports exports;
    private final Substitutions substitutions;
    private final SupervisionQueries supervisions;
    private final Map<String, Absence> offeredThrough = new HashMap<>();
    private final Set<Long> supervised = new HashSet<>();
    private TaskSort sort = TaskSort.DEFAULT;
    private boolean ready;

    public TasksView(FilingTaskService tasks, BulkTaskWork bulk, MatterService matters, DueLights lights,
            AccessGuard guard, Substitutions substitutions, SupervisionQueries supervisions, ListExports exports) {
        this.exports = exports;
        this.guard = guard;
        this.substitutions = substitutions;
        this.supervisions = supervisions;
        this.tasks = tasks;
        this.bulk = bulk;
        this.matters = matters;
        this.lights = lights;
        this.supervisor = guard.isPermitted(Permissions.TASK_SUPERVISE);
        addClassName("tasks-view");
        setSizeFull();
        tab(TaskView.MINE, "tasks.mine");
        tab(TaskView.DEPARTMENT, "tasks.department");
        if (supervisor) {
            tab(TaskView.ALL, "tasks.all");
        }
        tabs.addSelectedChangeListener(e -> changed());
        add(new H2(getTranslation("nav.tasks")), tabs, filters(), bulkBar(), grid());
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
        matter.setWidth("14rem");
        matter.setId("task-matter");
        route.setLabel(getTranslation("filing.route"));
        route.setItems(FilingRoute.values());
        route.setItemLabelGenerator(r -> UiSupport.label(this, r));
        route.setEmptySelectionAllowed(true);
        route.setEmptySelectionCaption(getTranslation("common.all"));
        route.setId("task-route");
        route.setWidth("9rem");
        due.setLabel(getTranslation("tasks.due"));
        due.setItems(DueFilter.values());
        due.setItemLabelGenerator(d -> d == null ? "" : getTranslation("tasks.due." + d.name()));
        due.setEmptySelectionAllowed(true);
        due.setEmptySelectionCaption(getTranslation("common.all"));
        due.setHelperText(getTranslation("tasks.light.soonHint", lights.soonWorkingDays()));
        due.setId("task-due");
        due.setWidth("9rem");
        text.setLabel(getTranslation("tasks.search"));
        text.setPlaceholder(getTranslation("tasks.search.hint"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setId("task-search");
        from.setLabel(getTranslation("tasks.createdFrom"));
        from.setClearButtonVisible(true);
        from.setId("task-from");
        from.setWidth("10rem");
        to.setLabel(getTranslation("tasks.createdTo"));
        to.setClearButtonVisible(true);
        to.setId("task-to");
        to.setWidth("10rem");
        pageSize.setLabel(getTranslation("tasks.pageSize"));
        pageSize.setItems(PAGE_SIZES);
        pageSize.setValue(50);
        pageSize.setWidth("6rem");
        pageSize.setId("task-page-size");
        matter.addValueChangeListener(e -> changed());
        route.addValueChangeListener(e -> changed());
        due.addValueChangeListener(e -> changed());
        text.addValueChangeListener(e -> changed());
        from.addValueChangeListener(e -> changed());
        to.addValueChangeListener(e -> changed());
        pageSize.addValueChangeListener(e -> changed());
        total.setId("task-total");
        ExportLink export = new ExportLink(exports, "tasks-export", () -> exportColumns().export("tasks",
                TaskListParameters.queryString(selectedView(), matter.getValue(), route.getValue(), due.getValue(),
                        text.getValue(), from.getValue(), to.getValue(), sort, null).replaceFirst("^\\?", ""),
                page -> tasks.rows(query(selectedView()), page)));
        HorizontalLayout filters = new HorizontalLayout(text, matter, route, due, from, to, pageSize, total, export);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        return filters;
    }

    private HorizontalLayout bulkBar() {
        Button claim = new Button(getTranslation("tasks.bulk.claim"), e -> bulk(bulk::claim));
        claim.setId("bulk-claim");
        Button release = new Button(getTranslation("tasks.bulk.release"), e -> bulk(bulk::release));
        release.setId("bulk-release");
        HorizontalLayout bar = new HorizontalLayout(claim, release);
        if (supervisor) {
            Button reassign = new Button(getTranslation("tasks.bulk.reassign"), e -> reassignDialog());
            reassign.setId("bulk-reassign");
            bar.add(reassign);
        }
        bar.getChildren().forEach(b -> ((Button) b).addThemeVariants(ButtonVariant.LUMO_SMALL));
        bulkResult.setId("task-bulk-result");
        bar.add(bulkResult);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        return bar;
    }

    private Grid<TaskRow> grid() {
        grid.setId("tasks-grid");
        grid.setSizeFull();
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.setPageSize(50);
        sortable(TaskSortKey.DUE, grid.addComponentColumn(this::dueCell).setHeader(getTranslation("tasks.dueAt"))
                .setAutoWidth(true).setFlexGrow(0));
        sortable(TaskSortKey.TASK_NAME, grid.addColumn(r -> r.item().name()).setHeader(getTranslation("tasks.task"))
                .setAutoWidth(true).setFlexGrow(0));
        grid.addComponentColumn(r -> marks(r.item())).setHeader(getTranslation("delegation.marks"))
                .setAutoWidth(true).setFlexGrow(0);
        sortable(TaskSortKey.FILING_NO, grid.addColumn(r -> r.item().filingNo())
                .setHeader(getTranslation("filing.no")).setAutoWidth(true).setFlexGrow(0));
        sortable(TaskSortKey.SUBJECT, grid.addColumn(r -> r.item().subjectName())
                .setHeader(getTranslation("tasks.applicant")).setTooltipGenerator(r -> r.item().subjectName())
                .setWidth("12rem").setFlexGrow(2));
        sortable(TaskSortKey.MATTER, grid.addColumn(r -> matterName(r.item()))
                .setHeader(getTranslation("filing.matter")).setTooltipGenerator(r -> matterName(r.item()))
                .setWidth("12rem").setFlexGrow(2));
        grid.addComponentColumn(r -> r.item().route() == null ? new Span() : routeBadge(r.item().route()))
                .setHeader(getTranslation("filing.route")).setAutoWidth(true).setFlexGrow(0);
        sortable(TaskSortKey.CREATED, grid.addColumn(r -> UiSupport.dateTime(r.item().createdAt()).substring(0, 16))
                .setHeader(getTranslation("tasks.created")).setAutoWidth(true).setFlexGrow(0));
        grid.addColumn(this::holder).setHeader(getTranslation("tasks.assignee")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("common.actions")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addSortListener(e -> {
            if (e.isFromClient()) {
                sort = sortOf(e.getSortOrder());
                writeLocation();
            }
        });
        grid.addItemClickListener(e -> {
            if (e.getItem() != null && e.getColumn() != null) {
                open(e.getItem().item());
            }
        });
        return grid;
    }

    private void sortable(TaskSortKey key, Grid.Column<TaskRow> column) {
        column.setSortable(true).setSortProperty(key.name()).setKey(TaskListParameters.sortName(key));
        sortable.put(key, column);
    }

    private TaskSort sortOf(List<GridSortOrder<TaskRow>> orders) {
        if (orders.isEmpty()) {
            return TaskSort.DEFAULT;
        }
        GridSortOrder<TaskRow> first = orders.get(0);
        TaskSortKey key = sortable.entrySet().stream().filter(e -> e.getValue() == first.getSorted())
                .map(Map.Entry::getKey).findFirst().orElse(TaskSortKey.DUE);
        return new TaskSort(key, first.getDirection() == SortDirection.DESCENDING);
    }

    private static TaskSort sortOfQuery(List<QuerySortOrder> orders, TaskSort fallback) {
        if (orders.isEmpty()) {
            return TaskSort.DEFAULT;
        }
        QuerySortOrder first = orders.get(0);
        try {
            return new TaskSort(TaskSortKey.valueOf(first.getSorted()),
                    first.getDirection() == SortDirection.DESCENDING);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    /** The columns as the grid shows them, the due light in words. */
    private ExportColumns<TaskRow> exportColumns() {
        return new ExportColumns<TaskRow>()
                .add(getTranslation("tasks.dueAt"), r -> r.item().dueAt() == null ? "" : UiSupport.dateTime(
                        r.item().dueAt()).substring(0, 16) + " · " + UiSupport.label(this, r.light()))
                .add(getTranslation("tasks.task"), r -> r.item().name())
                .add(getTranslation("filing.no"), r -> r.item().filingNo())
                .add(getTranslation("tasks.applicant"), r -> r.item().subjectName())
                .add(getTranslation("filing.matter"), r -> matterName(r.item()))
                .add(getTranslation("filing.route"), r -> UiSupport.label(this, r.item().route()))
                .add(getTranslation("tasks.created"), r -> UiSupport.dateTime(r.item().createdAt()))
                .add(getTranslation("tasks.assignee"), this::holder);
    }

    private String matterName(TaskItem task) {
        return matters.find(task.matterCode()).map(PermitMatter::name).orElse(task.matterCode());
    }

    /** The holder by name; the engine's own steps hold tasks as "system". */
    private String holder(TaskRow row) {
        if (row.item().assignee() == null) {
            return "";
        }
        return "system".equals(row.item().assignee()) ? getTranslation("tasks.system") : row.assigneeName();
    }

    private Component dueCell(TaskRow row) {
        if (row.item().dueAt() == null) {
            return new Span("—");
        }
        return Deadlines.light(this, row.light(), UiSupport.dateTime(row.item().dueAt()).substring(0, 16));
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

    /** Reads the marks of a page's tasks before the grid renders them; the pages read so far keep theirs. */
    private List<TaskRow> marked(List<TaskRow> page) {
        Map<String, String> assignees = new HashMap<>();
        page.forEach(r -> assignees.put(r.item().taskId(), r.item().assignee()));
        offeredThrough.putAll(substitutions.offeredThrough(guard.current(), assignees));
        supervised.addAll(supervisions.supervisedFilings(page.stream().map(r -> r.item().filingId()).toList()));
        return page;
    }

    private Component actions(TaskRow row) {
        TaskItem task = row.item();
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

    private void bulk(Function<List<String>, List<BulkTaskWork.Outcome>> action) {
        List<TaskItem> selected = grid.getSelectedItems().stream().map(TaskRow::item).toList();
        if (selected.isEmpty()) {
            UiSupport.error(getTranslation("tasks.bulk.none"));
            return;
        }
        new BulkReport(this, bulkResult).show(selected, action.apply(selected.stream().map(TaskItem::taskId)
                .toList()));
        grid.deselectAll();
        refresh();
    }

    private void reassignDialog() {
        List<TaskItem> selected = grid.getSelectedItems().stream().map(TaskRow::item).toList();
        if (selected.isEmpty()) {
            UiSupport.error(getTranslation("tasks.bulk.none"));
            return;
        }
        List<AccountService.Colleague> candidates;
        try {
            candidates = tasks.candidates(selected.get(0).taskId());
        } catch (BusinessException e) {
            UiSupport.showError(this, e, Map.of());
            return;
        }
        new ReassignDialog(this, candidates, username -> bulk(ids -> bulk.reassign(ids, username))).open();
    }

    private void open(TaskItem task) {
        getUI().ifPresent(ui -> ui.navigate(FilingDetailView.class, task.filingId(),
                QueryParameters.of("task", task.taskId())));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        ready = false;
        TaskListParameters parameters = TaskListParameters.read(event.getLocation().getQueryParameters(),
                matters::find);
        text.setValue(parameters.text() == null ? "" : parameters.text());
        matter.setValue(parameters.matter());
        route.setValue(parameters.route());
        due.setValue(parameters.due());
        from.setValue(parameters.from());
        to.setValue(parameters.to());
        pageSize.setValue(parameters.pageSize() != null && PAGE_SIZES.contains(parameters.pageSize())
                ? parameters.pageSize() : 50);
        sort = parameters.sort();
        Grid.Column<TaskRow> sorted = sortable.get(sort.key());
        grid.sort(List.of(new GridSortOrder<>(sorted, sort.descending() ? SortDirection.DESCENDING
                : SortDirection.ASCENDING)));
        TaskView view = parameters.view() == null ? firstWithWork() : parameters.view();
        views.forEach((tab, v) -> {
            if (v == view) {
                tabs.setSelectedTab(tab);
            }
        });
        ready = true;
        writeLocation();
        refresh();
    }

    /** Mine, else the post's unclaimed, else (supervisors) the department's: the first that has a task. */
    private TaskView firstWithWork() {
        TaskQuery query = query(TaskView.MINE);
        for (TaskView view : views.values()) {
            try {
                if (tasks.count(query.withView(view)) > 0) {
                    return view;
                }
            } catch (BusinessException e) {
                return TaskView.MINE;
            }
        }
        return TaskView.MINE;
    }

    private void changed() {
        if (ready) {
            writeLocation();
            refresh();
        }
    }

    private TaskView selectedView() {
        return views.getOrDefault(tabs.getSelectedTab(), TaskView.MINE);
    }

    private TaskQuery query(TaskView view) {
        return new TaskQuery(view, matter.getValue() == null ? null : matter.getValue().code(), route.getValue(),
                due.getValue(), text.getValue(), from.getValue(), to.getValue(), sort);
    }

    private void writeLocation() {
        String location = "tasks" + TaskListParameters.queryString(selectedView(), matter.getValue(),
                route.getValue(), due.getValue(), text.getValue(), from.getValue(), to.getValue(), sort,
                pageSize.getValue());
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, location));
    }

    private void refresh() {
        TaskQuery query = query(selectedView());
        Map<String, HasValidation> fields = Map.of("createdTo", to, "createdFrom", from);
        long count;
        try {
            count = tasks.count(query);
            to.setInvalid(false);
        } catch (BusinessException e) {
            UiSupport.showError(this, e, fields);
            grid.setItems(List.of());
            total.setText("");
            return;
        }
        int size = pageSize.getValue() == null ? 50 : pageSize.getValue();
        grid.setPageSize(size);
        offeredThrough.clear();
        supervised.clear();
        grid.setItems(q -> marked(tasks.rows(query.sortedBy(sortOfQuery(q.getSortOrders(), sort)),
                new PageRequest(q.getOffset(), q.getLimit()))).stream(), q -> (int) count);
        total.setText(count > FilingTaskService.COUNT_LIMIT
                ? getTranslation("tasks.totalOver", FilingTaskService.COUNT_LIMIT)
                : getTranslation("common.total", count));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.tasks") + " · " + getTranslation("app.title");
    }
}
