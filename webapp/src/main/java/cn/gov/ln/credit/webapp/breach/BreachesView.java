package cn.gov.ln.credit.webapp.breach;

import cn.gov.ln.credit.breach.Breach;
import cn.gov.ln.credit.breach.BreachQueries;
import cn.gov.ln.credit.breach.BreachQuery;
import cn.gov.ln.credit.breach.BreachService;
import cn.gov.ln.credit.breach.BreachSortKey;
import cn.gov.ln.credit.export.ListExports;
import cn.gov.ln.credit.savedfilter.SavedFilterService;
import cn.gov.ln.credit.breach.NewBreach;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.shared.Sort;
import cn.gov.ln.credit.subject.CreditSubject;
import cn.gov.ln.credit.subject.SubjectService;
import cn.gov.ln.credit.webapp.lists.DateRangeFilter;
import cn.gov.ln.credit.webapp.lists.ExportColumns;
import cn.gov.ln.credit.webapp.lists.ExportLink;
import cn.gov.ln.credit.webapp.lists.ListUrl;
import cn.gov.ln.credit.webapp.lists.SavedFiltersMenu;
import cn.gov.ln.credit.webapp.lists.UrlFilteredList;
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.MenuItem;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * Breach cases of the credit officer's division: raised by verification of pledges found false or entered here,
 * each opened to run its determination under due process.
 */
@Route(value = BreachesView.ROUTE, layout = MainLayout.class)
@RequiresPermissions(Permissions.BREACH_READ)
@MenuItem(label = "nav.breaches", icon = "vaadin:warning", order = 22, section = "nav.section.credit")
public class BreachesView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ROUTE = "breaches";
    private static final Sort<BreachSortKey> NEWEST_FIRST = Sort.descending(BreachSortKey.RAISED);

    static final List<String> STATUSES = List.of("", Breach.RAISED, Breach.IN_DETERMINATION, Breach.NOTICE_SENT,
            Breach.PENDING_DECISION, Breach.LISTED, Breach.NOT_LISTED, Breach.REVOKED);

    private final BreachService breaches;
    private final BreachQueries breachQueries;
    private final SubjectService subjects;
    private final Grid<Breach> grid = new Grid<>();
    private final Select<String> status = new Select<>();
    private final TextField text = new TextField();
    private final DateRangeFilter raised;
    private final Span total = new Span();
    private final UrlFilteredList<Breach, BreachSortKey> list;

    public BreachesView(BreachService breaches, BreachQueries breachQueries, SubjectService subjects,
            AccessGuard guard, ListExports exports, SavedFilterService savedFilters) {
        this.breaches = breaches;
        this.breachQueries = breachQueries;
        setSizeFull();
        Paragraph hint = new Paragraph(getTranslation("breaches.hint"));
        hint.addClassName(LumoUtility.TextColor.SECONDARY);
        status.setLabel(getTranslation("breach.status"));
        status.setItems(STATUSES);
        status.setItemLabelGenerator(s -> s.isEmpty() ? getTranslation("common.all")
                : getTranslation("breach.status." + s));
        status.setValue("");
        status.setId("breach-status-filter");
        status.addValueChangeListener(e -> filtersChanged());
        text.setLabel(getTranslation("breach.search"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setMaxLength(100);
        text.addValueChangeListener(e -> filtersChanged());
        raised = new DateRangeFilter(ROUTE, getTranslation("breach.raisedAt"), this::filtersChanged);
        HorizontalLayout filters = new HorizontalLayout(status, text, raised);
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
        if (guard.isPermitted(Permissions.BREACH_DETERMINE)) {
            Button enter = new Button(getTranslation("breach.enter"), VaadinIcon.PLUS.create(), e -> enter());
            enter.setId("breach-enter");
            filters.add(enter);
        }
        this.subjects = subjects;
        grid.addColumn(b -> b.caseNo() == null ? "" : b.caseNo()).setHeader(getTranslation("breach.caseNo"))
                .setAutoWidth(true).setSortable(true).setSortProperty(BreachSortKey.CASE_NO.name());
        grid.addColumn(b -> UiSupport.dateTime(b.raisedAt())).setHeader(getTranslation("breach.raisedAt"))
                .setAutoWidth(true).setSortable(true).setSortProperty(BreachSortKey.RAISED.name());
        grid.addColumn(this::subjectName).setHeader(getTranslation("filing.subject")).setFlexGrow(2)
                .setTooltipGenerator(this::subjectName).setSortable(true)
                .setSortProperty(BreachSortKey.SUBJECT.name());
        grid.addColumn(b -> getTranslation("breach.source." + b.source())).setHeader(getTranslation("breach.source"))
                .setAutoWidth(true).setSortable(true).setSortProperty(BreachSortKey.SOURCE.name());
        grid.addColumn(Breach::description).setHeader(getTranslation("breach.description")).setFlexGrow(4)
                .setTooltipGenerator(Breach::description);
        grid.addComponentColumn(b -> UiSupport.badge(statusText(b), b.disputed() ? "error" : ""))
                .setHeader(getTranslation("breach.status")).setAutoWidth(true).setSortable(true)
                .setSortProperty(BreachSortKey.STATUS.name());
        list = new UrlFilteredList<>(ROUTE, grid, BreachSortKey.class, NEWEST_FIRST, 100, this::restore,
                this::filters, this::refresh);
        total.setId("breaches-total");
        ExportLink export = new ExportLink(exports, "breaches-export", () -> exportColumns().export(ROUTE,
                list.url().queryString(), page -> breachQueries.search(query(), list.sort(), page)));
        HorizontalLayout tools = new HorizontalLayout(total, list.pageSizePicker(),
                new SavedFiltersMenu(savedFilters, ROUTE, list::url), export);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(BreachCaseView.class, e.getItem().id())));
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("breaches-grid");
        add(new H2(getTranslation("nav.breaches")), hint, filters, tools, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        list.enter(event);
    }

    private void restore(ListUrl url) {
        String wanted = url.text("status") == null ? "" : url.text("status").toUpperCase(Locale.ROOT);
        status.setValue(STATUSES.contains(wanted) ? wanted : "");
        text.setValue(url.text("q") == null ? "" : url.text("q"));
        raised.set(url.date("from"), url.date("to"));
    }

    private void filtersChanged() {
        list.filtersChanged();
    }

    private ListUrl filters() {
        return ListUrl.empty().with("status", status.getValue().toLowerCase(Locale.ROOT)).with("q", text.getValue())
                .with("from", raised.from()).with("to", raised.to());
    }

    private void refresh() {
        BreachQuery query = query();
        list.show((sort, page) -> breachQueries.search(query, sort, page), () -> breachQueries.count(query));
        total.setText(getTranslation("common.total", breachQueries.count(query)));
    }

    private String subjectName(Breach breach) {
        return subjects.lookup(breach.subjectId()).map(CreditSubject::name).orElse("");
    }

    private String statusText(Breach breach) {
        return getTranslation("breach.status." + breach.status())
                + (breach.disputed() ? " · " + getTranslation("record.disputed") : "");
    }

    private ExportColumns<Breach> exportColumns() {
        return new ExportColumns<Breach>()
                .add(getTranslation("breach.caseNo"), b -> b.caseNo() == null ? "" : b.caseNo())
                .add(getTranslation("breach.raisedAt"), b -> UiSupport.dateTime(b.raisedAt()))
                .add(getTranslation("filing.subject"), this::subjectName)
                .add(getTranslation("breach.source"), b -> getTranslation("breach.source." + b.source()))
                .add(getTranslation("breach.description"), Breach::description)
                .add(getTranslation("breach.status"), this::statusText);
    }

    private BreachQuery query() {
        return new BreachQuery(status.getValue(), text.getValue(), raised.from(), raised.to());
    }

    private void enter() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("breach.enter"));
        TextField identifier = new TextField(getTranslation("breach.identifier"));
        identifier.setId("breach-identifier");
        identifier.setMaxLength(18);
        identifier.setWidthFull();
        TextArea description = new TextArea(getTranslation("breach.description"));
        description.setId("breach-description");
        description.setMaxLength(500);
        description.setWidthFull();
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                Breach breach = breaches.enter(new NewBreach(identifier.getValue(), description.getValue()));
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate(BreachCaseView.class, breach.id()));
            } catch (BusinessException error) {
                UiSupport.showError(this, error, Map.of("identifier", identifier, "description", description));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("breach-save");
        dialog.add(new VerticalLayout(identifier, description));
        dialog.setWidth("36rem");
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.breaches") + " · " + getTranslation("app.title");
    }
}
