package cn.gov.ln.credit.webapp.filing;

import cn.gov.ln.credit.export.ListExports;
import cn.gov.ln.credit.filing.Decision;
import cn.gov.ln.credit.filing.FilingDay;
import cn.gov.ln.credit.filing.FilingListItem;
import cn.gov.ln.credit.filing.FilingQueries;
import cn.gov.ln.credit.filing.FilingQuery;
import cn.gov.ln.credit.filing.FilingRoute;
import cn.gov.ln.credit.filing.FilingSortKey;
import cn.gov.ln.credit.filing.FilingStatus;
import cn.gov.ln.credit.matter.MatterService;
import cn.gov.ln.credit.matter.PermitMatter;
import cn.gov.ln.credit.savedfilter.SavedFilterService;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.webapp.lists.DateRangeFilter;
import cn.gov.ln.credit.webapp.lists.ExportLink;
import cn.gov.ln.credit.webapp.lists.ListUrl;
import cn.gov.ln.credit.webapp.lists.SavedFiltersMenu;
import cn.gov.ln.credit.webapp.lists.UrlFilteredList;
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.MenuItem;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * The filings of the officer's department and division, with their status, route and deadlines. The filters live
 * in the URL ({@code filings?q=&status=&route=&matter=&decision=&inlieu=true|false&on=decided&from=&to=&sort=&dir=
 * &size=}; {@code on=decided} makes the day range bound the day decided), so a link or a saved filter opens the same
 * list.
 */
@Route(value = FilingsView.ROUTE, layout = MainLayout.class)
@RequiresPermissions(Permissions.FILING_READ)
@MenuItem(label = "nav.filings", icon = "vaadin:folder-open-o", order = 2, section = "nav.section.work")
public class FilingsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ROUTE = "filings";

    private final FilingQueries filings;
    private final MatterService matters;
    private final FilingGrid grid;
    private final TextField text = new TextField();
    private final Select<FilingStatus> status = new Select<>();
    private final Select<FilingRoute> route = new Select<>();
    private final ComboBox<PermitMatter> matter = new ComboBox<>();
    private final Select<Boolean> inLieu = new Select<>();
    private final Select<Decision> decision = new Select<>();
    private final Select<FilingDay> day = new Select<>();
    private final DateRangeFilter received;
    private final Span total = new Span();
    private final UrlFilteredList<FilingListItem, FilingSortKey> list;

    public FilingsView(FilingQueries filings, MatterService matters, ListExports exports,
            SavedFilterService savedFilters) {
        this.filings = filings;
        this.matters = matters;
        setSizeFull();
        text.setPlaceholder(getTranslation("filings.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setWidth("18rem");
        text.setId("filing-search");
        status.setLabel(getTranslation("filing.status"));
        status.setItems(FilingStatus.values());
        status.setItemLabelGenerator(s -> UiSupport.label(this, s));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("common.all"));
        status.setId("filings-status");
        route.setLabel(getTranslation("filing.route"));
        route.setItems(FilingRoute.values());
        route.setItemLabelGenerator(r -> UiSupport.label(this, r));
        route.setEmptySelectionAllowed(true);
        route.setEmptySelectionCaption(getTranslation("common.all"));
        route.setId("filings-route");
        matter.setLabel(getTranslation("filing.matter"));
        matter.setItems(matters.all());
        matter.setItemLabelGenerator(PermitMatter::name);
        matter.setClearButtonVisible(true);
        matter.setId("filings-matter");
        inLieu.setLabel(getTranslation("filing.inLieu"));
        inLieu.setItems(true, false);
        inLieu.setItemLabelGenerator(b -> b == null ? getTranslation("common.all")
                : getTranslation(b ? "filing.inLieu.granted" : "lists.filing.notInLieu"));
        inLieu.setEmptySelectionAllowed(true);
        inLieu.setEmptySelectionCaption(getTranslation("common.all"));
        inLieu.setId("filings-in-lieu");
        decision.setLabel(getTranslation("filing.decision"));
        decision.setItems(Decision.values());
        decision.setItemLabelGenerator(d -> UiSupport.label(this, d));
        decision.setEmptySelectionAllowed(true);
        decision.setEmptySelectionCaption(getTranslation("common.all"));
        decision.setId("filings-decision");
        day.setLabel(getTranslation("lists.filing.day"));
        day.setItems(FilingDay.values());
        day.setItemLabelGenerator(d -> UiSupport.label(this, d));
        day.setValue(FilingDay.RECEIVED);
        day.setId("filings-day");
        received = new DateRangeFilter(ROUTE, getTranslation("lists.filing.days"), this::filtersChanged);
        decision.addValueChangeListener(e -> filtersChanged());
        day.addValueChangeListener(e -> filtersChanged());
        text.addValueChangeListener(e -> filtersChanged());
        status.addValueChangeListener(e -> filtersChanged());
        route.addValueChangeListener(e -> filtersChanged());
        matter.addValueChangeListener(e -> filtersChanged());
        inLieu.addValueChangeListener(e -> filtersChanged());
        total.setId("filings-total");
        grid = new FilingGrid(filings);
        grid.setId("filings-grid");
        grid.setSizeFull();
        list = new UrlFilteredList<>(ROUTE, grid, FilingSortKey.class, FilingGrid.NEWEST_FIRST, 100, this::restore,
                this::filters, this::refresh);
        ExportLink export = new ExportLink(exports, "filings-export", () -> grid.exportColumns().export(ROUTE,
                list.url().queryString(), page -> filings.list(query(), list.sort(), page)));
        HorizontalLayout filters = new HorizontalLayout(text, status, route, matter, decision, inLieu, day,
                received);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        HorizontalLayout tools = new HorizontalLayout(total, list.pageSizePicker(),
                new SavedFiltersMenu(savedFilters, ROUTE, list::url), export);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(new H2(getTranslation("nav.filings")), filters, tools, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        list.enter(event);
    }

    private void restore(ListUrl url) {
        text.setValue(url.text("q") == null ? "" : url.text("q"));
        status.setValue(url.enumValue("status", FilingStatus.class));
        route.setValue(url.enumValue("route", FilingRoute.class));
        matter.setValue(url.text("matter") == null ? null : matters.find(url.text("matter")).orElse(null));
        decision.setValue(url.enumValue("decision", Decision.class));
        day.setValue("decided".equals(url.text("on")) ? FilingDay.DECIDED : FilingDay.RECEIVED);
        received.set(url.date("from"), url.date("to"));
        String wanted = url.text("inlieu");
        inLieu.setValue("true".equals(wanted) ? Boolean.TRUE : "false".equals(wanted) ? Boolean.FALSE : null);
    }

    private void filtersChanged() {
        list.filtersChanged();
    }

    private ListUrl filters() {
        return ListUrl.empty().with("q", text.getValue()).with("status", status.getValue())
                .with("route", route.getValue()).with("matter", matter.getValue() == null ? null
                        : matter.getValue().code()).with("decision", decision.getValue())
                .with("inlieu", inLieu.getValue()).with("on", day.getValue() == FilingDay.DECIDED ? "decided" : null)
                .with("from", received.from()).with("to", received.to());
    }

    private FilingQuery query() {
        return new FilingQuery(text.getValue(), status.getValue(), matter.getValue() == null ? null
                : matter.getValue().code(), route.getValue(), received.from(), received.to(), inLieu.getValue(),
                decision.getValue(), day.getValue());
    }

    private void refresh() {
        FilingQuery query = query();
        list.show((sort, page) -> filings.list(query, sort, page), () -> filings.count(query));
        total.setText(getTranslation("common.total", filings.count(query)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.filings") + " · " + getTranslation("app.title");
    }
}
