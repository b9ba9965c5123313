package cn.gov.ln.credit.webapp.penalty;

import cn.gov.ln.credit.department.Department;
import cn.gov.ln.credit.department.DepartmentService;
import cn.gov.ln.credit.export.ListExports;
import cn.gov.ln.credit.penalty.PenaltyAction;
import cn.gov.ln.credit.penalty.PenaltyCase.CaseStatus;
import cn.gov.ln.credit.penalty.PenaltyCaseQueries;
import cn.gov.ln.credit.penalty.PenaltyCaseSummary;
import cn.gov.ln.credit.penalty.PenaltyQuery;
import cn.gov.ln.credit.penalty.PenaltySortKey;
import cn.gov.ln.credit.savedfilter.SavedFilterService;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.Sort;
import cn.gov.ln.credit.webapp.lists.DateRangeFilter;
import cn.gov.ln.credit.webapp.lists.ExportColumns;
import cn.gov.ln.credit.webapp.lists.ExportLink;
import cn.gov.ln.credit.webapp.lists.ListUrl;
import cn.gov.ln.credit.webapp.lists.SavedFiltersMenu;
import cn.gov.ln.credit.webapp.lists.UrlFilteredList;
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.MenuItem;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.Comparator;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * The joint penalty cases of the credit officer's division, with how many departments have reported (a progress
 * bar and "n / m" per case, 0 included) and escalations counted; filtered by state, type, department and day
 * initiated, all in the URL ({@code penalty-cases?state=open|closed|all&department=<code>&action=&q=&from=&to=}).
 */
@Route(value = PenaltyCasesView.ROUTE, layout = MainLayout.class)
@RequiresPermissions(Permissions.PENALTY_READ)
@MenuItem(label = "nav.penaltyCases", icon = "vaadin:connect", order = 23, section = "nav.section.credit")
public class PenaltyCasesView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ROUTE = "penalty-cases";
    private static final String ALL = "all";
    private static final Sort<PenaltySortKey> NEWEST_FIRST = Sort.descending(PenaltySortKey.INITIATED);

    private final PenaltyCaseQueries cases;
    private final DepartmentService departments;
    private final Grid<PenaltyCaseSummary> grid = new Grid<>();
    private final Select<CaseStatus> state = new Select<>();
    private final Select<PenaltyAction> action = new Select<>();
    private final ComboBox<Department> department = new ComboBox<>();
    private final TextField text = new TextField();
    private final DateRangeFilter initiated;
    private final Span total = new Span();
    private final UrlFilteredList<PenaltyCaseSummary, PenaltySortKey> list;

    public PenaltyCasesView(PenaltyCaseQueries cases, DepartmentService departments, ListExports exports,
            SavedFilterService savedFilters) {
        this.cases = cases;
        this.departments = departments;
        setSizeFull();
        state.setLabel(getTranslation("breach.status"));
        state.setItems(CaseStatus.values());
        state.setItemLabelGenerator(s -> UiSupport.label(this, s));
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("common.all"));
        state.setValue(CaseStatus.OPEN);
        state.setId("penalty-cases-state");
        action.setLabel(getTranslation("penalty.action"));
        action.setItems(PenaltyAction.values());
        action.setItemLabelGenerator(a -> UiSupport.label(this, a));
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption(getTranslation("common.all"));
        action.setId("penalty-cases-action");
        department.setLabel(getTranslation("lists.penalty.department"));
        department.setItems(departments.all().stream().sorted(Comparator.comparing(Department::divisionCode)
                .thenComparingInt(Department::sortOrder)).toList());
        department.setItemLabelGenerator(Department::name);
        department.setClearButtonVisible(true);
        department.setWidth("16rem");
        department.setId("penalty-cases-department");
        text.setLabel(getTranslation("penalty.search"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setMaxLength(100);
        initiated = new DateRangeFilter(ROUTE, getTranslation("penalty.initiatedAt"), this::filtersChanged);
        state.addValueChangeListener(e -> filtersChanged());
        action.addValueChangeListener(e -> filtersChanged());
        department.addValueChangeListener(e -> filtersChanged());
        text.addValueChangeListener(e -> filtersChanged());
        HorizontalLayout filters = new HorizontalLayout(state, action, department, text, initiated);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        grid.addColumn(c -> c.penaltyCase().caseNo()).setHeader(getTranslation("penalty.caseNo")).setAutoWidth(true)
                .setSortable(true).setSortProperty(PenaltySortKey.CASE_NO.name());
        grid.addColumn(c -> UiSupport.label(this, c.penaltyCase().action())).setHeader(getTranslation("penalty.action"))
                .setAutoWidth(true).setSortable(true).setSortProperty(PenaltySortKey.ACTION.name());
        grid.addColumn(PenaltyCaseSummary::subjectName).setHeader(getTranslation("filing.subject")).setFlexGrow(2)
                .setTooltipGenerator(PenaltyCaseSummary::subjectName).setSortable(true)
                .setSortProperty(PenaltySortKey.SUBJECT.name());
        grid.addColumn(c -> UiSupport.dateTime(c.penaltyCase().initiatedAt()))
                .setHeader(getTranslation("penalty.initiatedAt")).setAutoWidth(true).setSortable(true)
                .setSortProperty(PenaltySortKey.INITIATED.name());
        grid.addComponentColumn(PenaltyCasesView::progress).setHeader(getTranslation("penalty.progressHeader"))
                .setFlexGrow(2).setSortable(true).setSortProperty(PenaltySortKey.PROGRESS.name());
        grid.addComponentColumn(c -> c.escalated() == 0 ? new Span()
                : UiSupport.badge(getTranslation("penalty.escalatedCount", c.escalated()), "error"))
                .setHeader(getTranslation("penalty.escalated")).setAutoWidth(true).setSortable(true)
                .setSortProperty(PenaltySortKey.ESCALATED.name());
        grid.addColumn(c -> UiSupport.label(this, c.penaltyCase().status())).setHeader(getTranslation("breach.status"))
                .setAutoWidth(true).setSortable(true).setSortProperty(PenaltySortKey.STATUS.name());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(PenaltyCaseView.class,
                e.getItem().penaltyCase().id())));
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setId("penalty-cases-grid");
        list = new UrlFilteredList<>(ROUTE, grid, PenaltySortKey.class, NEWEST_FIRST, 100, this::restore,
                this::filters, this::refresh);
        total.setId("penalty-cases-total");
        ExportLink export = new ExportLink(exports, "penalty-cases-export", () -> exportColumns().export(ROUTE,
                list.url().queryString(), page -> cases.search(query(), list.sort(), page)));
        HorizontalLayout tools = new HorizontalLayout(total, list.pageSizePicker(),
                new SavedFiltersMenu(savedFilters, ROUTE, list::url), export);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(new H2(getTranslation("nav.penaltyCases")), filters, tools, grid);
    }

    /** The share of departments that reported: a bar (empty at 0, never hidden) and the count beside it. */
    static VerticalLayout progress(PenaltyCaseSummary c) {
        ProgressBar bar = new ProgressBar(0, 1, Math.max(0, Math.min(1, c.progress())));
        bar.setWidthFull();
        bar.setMinWidth("6rem");
        bar.getElement().setAttribute("aria-label", bar.getTranslation("penalty.progress", c.reported(),
                c.departments()));
        Span label = new Span(bar.getTranslation("penalty.progress", c.reported(), c.departments())
                + " · " + bar.getTranslation("penalty.respondedCount", c.responded()));
        label.addClassName("penalty-progress-text");
        VerticalLayout cell = new VerticalLayout(label, bar);
        cell.setPadding(false);
        cell.setSpacing(false);
        cell.setWidthFull();
        return cell;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        list.enter(event);
    }

    private void restore(ListUrl url) {
        state.setValue(ALL.equals(url.text("state")) ? null : url.text("state") == null ? CaseStatus.OPEN
                : url.enumValue("state", CaseStatus.class));
        action.setValue(url.enumValue("action", PenaltyAction.class));
        department.setValue(url.text("department") == null ? null
                : departments.findByCode(url.text("department")).orElse(null));
        text.setValue(url.text("q") == null ? "" : url.text("q"));
        initiated.set(url.date("from"), url.date("to"));
    }

    private void filtersChanged() {
        list.filtersChanged();
    }

    private ListUrl filters() {
        return ListUrl.empty().with("state", state.getValue() == null ? ALL : state.getValue())
                .with("action", action.getValue())
                .with("department", department.getValue() == null ? null : department.getValue().code())
                .with("q", text.getValue()).with("from", initiated.from()).with("to", initiated.to());
    }

    private PenaltyQuery query() {
        return new PenaltyQuery(false, action.getValue(), text.getValue(), state.getValue(),
                department.getValue() == null ? null : department.getValue().id(), initiated.from(), initiated.to());
    }

    private void refresh() {
        PenaltyQuery query = query();
        list.show((sort, page) -> cases.search(query, sort, page), () -> cases.count(query));
        total.setText(getTranslation("common.total", cases.count(query)));
    }

    private ExportColumns<PenaltyCaseSummary> exportColumns() {
        return new ExportColumns<PenaltyCaseSummary>()
                .add(getTranslation("penalty.caseNo"), c -> c.penaltyCase().caseNo())
                .add(getTranslation("penalty.action"), c -> UiSupport.label(this, c.penaltyCase().action()))
                .add(getTranslation("filing.subject"), PenaltyCaseSummary::subjectName)
                .add(getTranslation("penalty.initiatedAt"), c -> UiSupport.dateTime(c.penaltyCase().initiatedAt()))
                .add(getTranslation("lists.penalty.departments"), PenaltyCaseSummary::departments)
                .add(getTranslation("lists.penalty.responded"), PenaltyCaseSummary::responded)
                .add(getTranslation("lists.penalty.reported"), PenaltyCaseSummary::reported)
                .add(getTranslation("penalty.escalated"), PenaltyCaseSummary::escalated)
                .add(getTranslation("breach.status"), c -> UiSupport.label(this, c.penaltyCase().status()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.penaltyCases") + " · " + getTranslation("app.title");
    }
}
