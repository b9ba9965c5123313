package cn.gov.ln.credit.webapp.supervision;

import cn.gov.ln.credit.account.AccountService;
import cn.gov.ln.credit.calendar.DueLight;
import cn.gov.ln.credit.calendar.DueLights;
import cn.gov.ln.credit.department.DepartmentService;
import cn.gov.ln.credit.export.ListExports;
import cn.gov.ln.credit.savedfilter.SavedFilterService;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.shared.Sort;
import cn.gov.ln.credit.supervision.SupervisedCase;
import cn.gov.ln.credit.supervision.SupervisionListQuery;
import cn.gov.ln.credit.supervision.SupervisionMark;
import cn.gov.ln.credit.supervision.SupervisionQueries;
import cn.gov.ln.credit.supervision.SupervisionSortKey;
import cn.gov.ln.credit.supervision.Supervisions;
import cn.gov.ln.credit.webapp.lists.ExportColumns;
import cn.gov.ln.credit.webapp.lists.ExportLink;
import cn.gov.ln.credit.webapp.lists.ListUrl;
import cn.gov.ln.credit.webapp.lists.PeopleNames;
import cn.gov.ln.credit.webapp.lists.SavedFiltersMenu;
import cn.gov.ln.credit.webapp.lists.Sorting;
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.MenuItem;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.Locale;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * 督办事项: the supervision marks a supervisor may lift (their scope is the query's), open ones by default, each
 * opening its case and lifted from the list; filters in the address, sorted on the server, exported as shown.
 * {@code supervision?state=open|lifted&type=filing|breach|penalty_case}.
 */
@Route(value = SupervisionsView.ROUTE, layout = MainLayout.class)
@RequiresPermissions(Permissions.SUPERVISION_MARK)
@MenuItem(label = "supervision.nav", icon = "vaadin:flag", order = 3, section = "nav.section.work")
public class SupervisionsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ROUTE = "supervision";
    private static final Sort<SupervisionSortKey> DUE_FIRST = Sort.ascending(SupervisionSortKey.DUE_ON);

    enum State { OPEN, LIFTED }

    private final SupervisionQueries queries;
    private final Supervisions supervisions;
    private final DepartmentService departments;
    private final DueLights lights;
    private final PeopleNames people;
    private final Select<State> state = new Select<>();
    private final Select<SupervisedCase> caseType = new Select<>();
    private final Grid<SupervisionMark> grid = new Grid<>();
    private final Span total = new Span();
    private Sort<SupervisionSortKey> sort = DUE_FIRST;
    private boolean restoring;

    public SupervisionsView(SupervisionQueries queries, Supervisions supervisions, DepartmentService departments,
            DueLights lights, AccountService accounts, ListExports exports, SavedFilterService savedFilters) {
        this.queries = queries;
        this.supervisions = supervisions;
        this.departments = departments;
        this.lights = lights;
        this.people = new PeopleNames(accounts);
        setSizeFull();
        state.setLabel(getTranslation("supervision.state"));
        state.setItems(State.values());
        state.setItemLabelGenerator(s -> getTranslation(s == State.OPEN ? "supervision.open"
                : "supervision.liftedState"));
        state.setValue(State.OPEN);
        state.setId("supervision-state-filter");
        state.addValueChangeListener(e -> filtersChanged());
        caseType.setLabel(getTranslation("supervision.caseType"));
        caseType.setItems(SupervisedCase.values());
        caseType.setItemLabelGenerator(t -> t == null ? getTranslation("common.all") : UiSupport.label(this, t));
        caseType.setEmptySelectionAllowed(true);
        caseType.setEmptySelectionCaption(getTranslation("common.all"));
        caseType.setId("supervision-type-filter");
        caseType.addValueChangeListener(e -> filtersChanged());
        total.setId("supervision-total");
        ExportLink export = new ExportLink(exports, "supervision-export", () -> exportColumns().export(ROUTE,
                url().queryString(), page -> people.load(queries.list(query(), sort, page),
                        SupervisionMark::markedBy)));
        HorizontalLayout filters = new HorizontalLayout(state, caseType, total,
                new SavedFiltersMenu(savedFilters, ROUTE, this::url), export);
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("supervision.nav")), filters, grid());
    }

    private Grid<SupervisionMark> grid() {
        grid.setId("supervision-grid");
        grid.setSizeFull();
        grid.setPageSize(50);
        grid.addColumn(SupervisionMark::caseNo).setHeader(getTranslation("supervision.caseNo")).setAutoWidth(true)
                .setSortable(true).setSortProperty(SupervisionSortKey.CASE_NO.name());
        grid.addColumn(m -> UiSupport.label(this, m.caseType())).setHeader(getTranslation("supervision.caseType"))
                .setAutoWidth(true).setSortable(true).setSortProperty(SupervisionSortKey.CASE_TYPE.name());
        grid.addColumn(this::lateDepartment).setHeader(getTranslation("supervision.lateDepartment"))
                .setTooltipGenerator(this::lateDepartment).setFlexGrow(1);
        grid.addColumn(this::target).setHeader(getTranslation("supervision.target")).setAutoWidth(true);
        grid.addColumn(SupervisionMark::reason).setHeader(getTranslation("supervision.reason"))
                .setTooltipGenerator(SupervisionMark::reason).setFlexGrow(2);
        grid.addColumn(m -> people.of(this, m.markedBy())).setHeader(getTranslation("supervision.markedBy"))
                .setAutoWidth(true);
        grid.addColumn(m -> UiSupport.dateTime(m.markedAt())).setHeader(getTranslation("supervision.markedAt"))
                .setAutoWidth(true).setSortable(true).setSortProperty(SupervisionSortKey.MARKED_AT.name());
        grid.addComponentColumn(this::dueCell).setHeader(getTranslation("supervision.dueOn")).setAutoWidth(true)
                .setSortable(true).setSortProperty(SupervisionSortKey.DUE_ON.name());
        Grid.Column<SupervisionMark> actions = grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("common.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addItemClickListener(e -> {
            if (e.getItem() != null && e.getColumn() != actions) {
                open(e.getItem());
            }
        });
        return grid;
    }

    /** Who is late: the department asked to act in a penalty case, else the case's department. */
    private String lateDepartment(SupervisionMark mark) {
        return departments.nameOf(mark.targetDepartmentId() != null ? mark.targetDepartmentId()
                : mark.departmentId());
    }

    private String target(SupervisionMark mark) {
        return mark.taskName() != null ? mark.taskName() : getTranslation("supervision.wholeCase");
    }

    private Component dueCell(SupervisionMark mark) {
        if (!mark.isOpen()) {
            return new Span(UiSupport.date(mark.dueOn()));
        }
        DueLight light = lights.of(mark.dueOn());
        Span badge = UiSupport.badge(UiSupport.date(mark.dueOn()) + " · " + UiSupport.label(this, light),
                switch (light) {
                    case OVERDUE -> "error";
                    case DUE_SOON -> "";
                    case ON_TIME -> "success";
                    case NONE -> "contrast";
                });
        badge.getElement().setAttribute("data-light", light.name().toLowerCase(Locale.ROOT));
        badge.setId("supervision-due-" + mark.id());
        return badge;
    }

    private Component actions(SupervisionMark mark) {
        HorizontalLayout actions = new HorizontalLayout();
        Button open = new Button(getTranslation("supervision.openCase"), e -> open(mark));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL);
        open.setId("supervision-open-" + mark.id());
        actions.add(open);
        if (mark.isOpen()) {
            Button lift = new Button(getTranslation("supervision.lift"), e -> new LiftDialog(supervisions,
                    mark.id(), this::refresh).open());
            lift.addThemeVariants(ButtonVariant.LUMO_SMALL);
            lift.setId("supervision-lift-" + mark.id());
            actions.add(lift);
        }
        return actions;
    }

    private void open(SupervisionMark mark) {
        getUI().ifPresent(ui -> ui.navigate(mark.caseLink()));
    }

    private ExportColumns<SupervisionMark> exportColumns() {
        return new ExportColumns<SupervisionMark>()
                .add(getTranslation("supervision.caseNo"), SupervisionMark::caseNo)
                .add(getTranslation("supervision.caseType"), m -> UiSupport.label(this, m.caseType()))
                .add(getTranslation("supervision.lateDepartment"), this::lateDepartment)
                .add(getTranslation("supervision.target"), this::target)
                .add(getTranslation("supervision.reason"), SupervisionMark::reason)
                .add(getTranslation("supervision.markedBy"), m -> people.of(this, m.markedBy()))
                .add(getTranslation("supervision.markedAt"), m -> UiSupport.dateTime(m.markedAt()))
                .add(getTranslation("supervision.dueOn"), m -> m.isOpen() ? UiSupport.date(m.dueOn()) + " · "
                        + UiSupport.label(this, lights.of(m.dueOn())) : UiSupport.date(m.dueOn()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ListUrl url = ListUrl.of(event.getLocation().getQueryParameters());
        restoring = true;
        try {
            State wanted = url.enumValue("state", State.class);
            state.setValue(wanted == null ? State.OPEN : wanted);
            caseType.setValue(url.enumValue("type", SupervisedCase.class));
        } finally {
            restoring = false;
        }
        refresh();
    }

    private void filtersChanged() {
        if (!restoring) {
            refresh();
            url().replaceState(ROUTE);
        }
    }

    private ListUrl url() {
        return ListUrl.empty().with("state", state.getValue() == State.LIFTED ? State.LIFTED : null)
                .with("type", caseType.getValue());
    }

    private SupervisionListQuery query() {
        return new SupervisionListQuery(state.getValue() == State.LIFTED, caseType.getValue());
    }

    private void refresh() {
        SupervisionListQuery query = query();
        long count = queries.count(query);
        grid.setItems(q -> {
            sort = Sorting.of(q, SupervisionSortKey.class, DUE_FIRST);
            return people.load(queries.list(query, sort, new PageRequest(q.getOffset(), q.getLimit())),
                    SupervisionMark::markedBy).stream();
        }, q -> (int) queries.count(query));
        total.setText(getTranslation("common.total", count));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("supervision.nav") + " · " + getTranslation("app.title");
    }
}
