package cn.gov.ln.credit.webapp.listing;

import cn.gov.ln.credit.export.ListExports;
import cn.gov.ln.credit.listing.BreachTier;
import cn.gov.ln.credit.listing.ListEntryView;
import cn.gov.ln.credit.listing.ListQuery;
import cn.gov.ln.credit.listing.ListSortKey;
import cn.gov.ln.credit.listing.ListType;
import cn.gov.ln.credit.listing.ListingService;
import cn.gov.ln.credit.savedfilter.SavedFilterService;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.Sort;
import cn.gov.ln.credit.webapp.lists.ExportColumns;
import cn.gov.ln.credit.webapp.lists.ExportLink;
import cn.gov.ln.credit.webapp.lists.ListUrl;
import cn.gov.ln.credit.webapp.lists.SavedFiltersMenu;
import cn.gov.ln.credit.webapp.lists.UrlFilteredList;
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.MenuItem;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import cn.gov.ln.credit.webapp.subject.SubjectDetailView;
import com.vaadin.flow.component.checkbox.Checkbox;
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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * The serious-dishonesty list and the red list of the officer's division, each entry with the legal document
 * it rests on and its publication period. Filters in the URL: {@code lists?type=dishonesty|red&tier=&q=&state=all}
 * (without {@code state=all} only entries in force).
 */
@Route(value = ListsView.ROUTE, layout = MainLayout.class)
@RequiresPermissions(Permissions.LISTING_READ)
@MenuItem(label = "nav.lists", icon = "vaadin:list-ul", order = 20, section = "nav.section.credit")
public class ListsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ROUTE = "lists";
    private static final Sort<ListSortKey> NEWEST_FIRST = Sort.descending(ListSortKey.LISTED_ON);

    private final ListingService listings;
    private final Grid<ListEntryView> grid = new Grid<>();
    private final Tabs tabs = new Tabs();
    private final Tab dishonesty = new Tab();
    private final Tab red = new Tab();
    private final Select<BreachTier> tier = new Select<>();
    private final Checkbox inForceOnly = new Checkbox();
    private final TextField text = new TextField();
    private final Span total = new Span();
    private final UrlFilteredList<ListEntryView, ListSortKey> list;

    public ListsView(ListingService listings, ListExports exports, SavedFilterService savedFilters) {
        this.listings = listings;
        addClassName("lists-view");
        setSizeFull();
        dishonesty.setLabel(getTranslation("enum.ListType.DISHONESTY"));
        red.setLabel(getTranslation("enum.ListType.RED"));
        tabs.add(dishonesty, red);
        tabs.addSelectedChangeListener(e -> filtersChanged());
        tier.setLabel(getTranslation("listing.tier"));
        tier.setItems(BreachTier.values());
        tier.setItemLabelGenerator(t -> UiSupport.label(this, t));
        tier.setEmptySelectionAllowed(true);
        tier.setEmptySelectionCaption(getTranslation("common.all"));
        tier.setId("lists-tier");
        tier.addValueChangeListener(e -> filtersChanged());
        inForceOnly.setLabel(getTranslation("lists.inForceOnly"));
        inForceOnly.setValue(true);
        inForceOnly.setId("lists-in-force");
        inForceOnly.addValueChangeListener(e -> filtersChanged());
        text.setPlaceholder(getTranslation("lists.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setWidth("20rem");
        text.addValueChangeListener(e -> filtersChanged());
        total.setId("lists-total");
        list = new UrlFilteredList<>(ROUTE, grid, ListSortKey.class, NEWEST_FIRST, 100, this::restore,
                this::filters, this::refresh);
        ExportLink export = new ExportLink(exports, "lists-export", () -> exportColumns().export(ROUTE,
                list.url().queryString(), page -> listings.search(query(), list.sort(), page)));
        HorizontalLayout filters = new HorizontalLayout(text, tier, inForceOnly, total, list.pageSizePicker(),
                new SavedFiltersMenu(savedFilters, ROUTE, list::url), export);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        filters.setWrap(true);

        grid.addColumn(ListEntryView::subjectName).setHeader(getTranslation("subject.name")).setFlexGrow(3)
                .setTooltipGenerator(ListEntryView::subjectName).setSortable(true)
                .setSortProperty(ListSortKey.SUBJECT.name());
        grid.addColumn(ListEntryView::subjectIdentifier).setHeader(getTranslation("subject.identifier"))
                .setFlexGrow(2);
        grid.addColumn(v -> UiSupport.label(this, v.entry().tier())).setHeader(getTranslation("listing.tier"))
                .setSortable(true).setSortProperty(ListSortKey.TIER.name());
        grid.addColumn(v -> v.entry().reason()).setHeader(getTranslation("listing.reason")).setFlexGrow(3)
                .setTooltipGenerator(v -> v.entry().reason());
        grid.addColumn(this::basis).setHeader(getTranslation("listing.basis")).setFlexGrow(3);
        grid.addColumn(ListEntryView::departmentName).setHeader(getTranslation("listing.department"))
                .setFlexGrow(2);
        grid.addColumn(ListsView::period).setHeader(getTranslation("listing.period")).setFlexGrow(2)
                .setSortable(true).setSortProperty(ListSortKey.LISTED_ON.name());
        grid.addColumn(v -> UiSupport.label(this, v.entry().status())).setHeader(getTranslation("listing.status"))
                .setSortable(true).setSortProperty(ListSortKey.STATUS.name());
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("lists-grid");
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(SubjectDetailView.class,
                e.getItem().entry().subjectId())));
        grid.setSizeFull();
        add(new H2(getTranslation("nav.lists")), tabs, filters, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        list.enter(event);
    }

    private void restore(ListUrl url) {
        tabs.setSelectedTab(url.enumValue("type", ListType.class) == ListType.RED ? red : dishonesty);
        tier.setValue(url.enumValue("tier", BreachTier.class));
        inForceOnly.setValue(!"all".equals(url.text("state")));
        text.setValue(url.text("q") == null ? "" : url.text("q"));
    }

    private void filtersChanged() {
        list.filtersChanged();
    }

    private ListUrl filters() {
        return ListUrl.empty().with("type", listType()).with("tier", tier.getValue())
                .with("state", inForceOnly.getValue() ? null : "all").with("q", text.getValue());
    }

    private ListType listType() {
        return tabs.getSelectedTab() == red ? ListType.RED : ListType.DISHONESTY;
    }

    private ListQuery query() {
        return new ListQuery(listType(), inForceOnly.getValue(), text.getValue(), tier.getValue());
    }

    private void refresh() {
        ListQuery query = query();
        list.show((sort, page) -> listings.search(query, sort, page), () -> listings.count(query));
        total.setText(getTranslation("common.total", listings.count(query)));
    }

    private String basis(ListEntryView view) {
        return UiSupport.label(this, view.entry().basisType()) + " " + view.entry().basisNumber();
    }

    private static String period(ListEntryView view) {
        return UiSupport.date(view.entry().listedOn()) + " ~ " + UiSupport.date(view.entry().expiresOn());
    }

    private ExportColumns<ListEntryView> exportColumns() {
        return new ExportColumns<ListEntryView>()
                .add(getTranslation("subject.name"), ListEntryView::subjectName)
                .add(getTranslation("subject.identifier"), ListEntryView::subjectIdentifier)
                .add(getTranslation("listing.tier"), v -> UiSupport.label(this, v.entry().tier()))
                .add(getTranslation("listing.reason"), v -> v.entry().reason())
                .add(getTranslation("listing.basis"), this::basis)
                .add(getTranslation("listing.department"), ListEntryView::departmentName)
                .add(getTranslation("listing.period"), ListsView::period)
                .add(getTranslation("listing.status"), v -> UiSupport.label(this, v.entry().status()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.lists") + " · " + getTranslation("app.title");
    }
}
