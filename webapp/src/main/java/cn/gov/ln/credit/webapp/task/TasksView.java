package cn.gov.ln.credit.webapp.task;

import cn.gov.ln.credit.calendar.DueLights;
import cn.gov.ln.credit.export.ListExports;
import cn.gov.ln.credit.filing.FilingRoute;
import cn.gov.ln.credit.matter.MatterService;
import cn.gov.ln.credit.matter.PermitMatter;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.substitution.Substitutions;
import cn.gov.ln.credit.supervision.SupervisionQueries;
import cn.gov.ln.credit.task.BulkTaskWork;
import cn.gov.ln.credit.task.CompletedTasks;
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
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private final Grid<TaskRow> grid = new Grid<>();
    private final Map<TaskSortKey, Grid.Column<TaskRow>> sortable = new LinkedHashMap<>();
    private final ListExports exports;
    private final TaskMarks marks;
    private final Tab doneTab = new Tab();
    private final DoneTasksPanel done;
    private final VerticalLayout open = new VerticalLayout();
    private TaskSort sort = TaskSort.DEFAULT;
    private boolean ready;

    public TasksView(FilingTaskService tasks, BulkTaskWork bulk, CompletedTasks completed, MatterService matters,
            DueLights lights, AccessGuard guard, Substitutions substitutions, SupervisionQueries supervisions,
            ListExports exports) {
        this.exports = exports;
        this.marks = new TaskMarks(substitutions, supervisions, guard);
        this.tasks = tasks;
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
        doneTab.setLabel(getTranslation("tasks.done"));
        doneTab.setId("tab-done");
        tabs.add(doneTab);
        tabs.addSelectedChangeListener(e -> changed());
        done = new DoneTasksPanel(completed, matters, this::writeLocation);
        done.setVisible(false);
        BulkToolbar bulkBar = new BulkToolbar(bulk, tasks, supervisor, () -> grid.getSelectedItems().stream()
                .map(TaskRow::item).toList(), () -> {
                    grid.deselectAll();
                    refresh();
                });
        open.setPadding(false);
        open.setSizeFull();
        open.add(filters(), bulkBar, grid());
        add(new H2(getTranslation("nav.tasks")), tabs, open, done);
    }

    private boolean doneSelected() {
        return tabs.getSelectedTab() == doneTab;
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

    private Grid<TaskRow> grid() {
        grid.setId("tasks-grid");
        grid.setSizeFull();
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.setPageSize(50);
        sortable(TaskSortKey.DUE, grid.addComponentColumn(this::dueCell).setHeader(getTranslation("tasks.dueAt"))
                .setAutoWidth(true).setFlexGrow(0));
        sortable(TaskSortKey.TASK_NAME, grid.addColumn(r -> r.item().name()).setHeader(getTranslation("tasks.task"))
                .setAutoWidth(true).setFlexGrow(0));
        grid.addComponentColumn(r -> marks.of(this, r.item())).setHeader(getTranslation("delegation.marks"))
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
        if (parameters.done()) {
            tabs.setSelectedTab(doneTab);
            showDone(parameters.from(), parameters.to());
            ready = true;
            writeLocation();
            return;
        }
        TaskView view = parameters.view() == null ? firstWithWork() : parameters.view();
        views.forEach((tab, v) -> {
            if (v == view) {
                tabs.setSelectedTab(tab);
            }
        });
        open.setVisible(true);
        done.setVisible(false);
        ready = true;
        writeLocation();
        refresh();
    }

    private void showDone(LocalDate completedFrom, LocalDate completedTo) {
        open.setVisible(false);
        done.setVisible(true);
        done.show(completedFrom, completedTo);
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
        if (!ready) {
            return;
        }
        if (doneSelected()) {
            showDone(done.from(), done.to());
        } else {
            open.setVisible(true);
            done.setVisible(false);
            refresh();
        }
        writeLocation();
    }

    private TaskView selectedView() {
        return views.getOrDefault(tabs.getSelectedTab(), TaskView.MINE);
    }

    private TaskQuery query(TaskView view) {
        return new TaskQuery(view, matter.getValue() == null ? null : matter.getValue().code(), route.getValue(),
                due.getValue(), text.getValue(), from.getValue(), to.getValue(), sort);
    }

    private void writeLocation() {
        String location = "tasks" + (doneSelected() ? TaskListParameters.doneQueryString(done.from(), done.to())
                : TaskListParameters.queryString(selectedView(), matter.getValue(), route.getValue(), due.getValue(),
                        text.getValue(), from.getValue(), to.getValue(), sort, pageSize.getValue()));
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
        marks.clear();
        grid.setItems(q -> marks.read(tasks.rows(query.sortedBy(sortOfQuery(q.getSortOrders(), sort)),
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
