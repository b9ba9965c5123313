package cn.gov.ln.credit.webapp.listing;


import cn.gov.ln.credit.listing.ListEntryView;
import cn.gov.ln.credit.listing.ListQuery;
import cn.gov.ln.credit.listing.ListType;
import cn.gov.ln.credit.listing.ListingService;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.PageRequest;
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
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * The serious-dishonesty list and the red list of the officer's division, each entry with the legal document
 * it rests on and its publication period.
 */
@Route(value = "lists", layout = MainLayout.class)
@RequiresPermissions(Permissions.LISTING_READ)
@MenuItem(label = "nav.lists", icon = "vaadin:list-ul", order = 20, section = "nav.section.credit")
public class ListsView extends VerticalLayout implements HasDynamicTitle {

    private final ListingService listings;
    private final Grid<ListEntryView> grid = new Grid<>();
    private final Tabs tabs = new Tabs();
    private final Tab dishonesty = new Tab();
    private final Tab red = new Tab();
    private final Checkbox inForceOnly = new Checkbox();
    private final TextField text = new TextField();
    private final Span total = new Span();

    public ListsView(ListingService listings) {
        this.listings = listings;
        addClassName("lists-view");
        setSizeFull();
        dishonesty.setLabel(getTranslation("enum.ListType.DISHONESTY"));
        red.setLabel(getTranslation("enum.ListType.RED"));
        tabs.add(dishonesty, red);
        tabs.addSelectedChangeListener(e -> refresh());
        inForceOnly.setLabel(getTranslation("lists.inForceOnly"));
        inForceOnly.setValue(true);
        inForceOnly.addValueChangeListener(e -> refresh());
        text.setPlaceholder(getTranslation("lists.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setWidth("20rem");
        text.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(text, inForceOnly, total);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        grid.addColumn(ListEntryView::subjectName).setHeader(getTranslation("subject.name")).setFlexGrow(3);
        grid.addColumn(ListEntryView::subjectIdentifier).setHeader(getTranslation("subject.identifier"))
                .setFlexGrow(2);
        grid.addColumn(v -> UiSupport.label(this, v.entry().tier())).setHeader(getTranslation("listing.tier"));
        grid.addColumn(v -> v.entry().reason()).setHeader(getTranslation("listing.reason")).setFlexGrow(3);
        grid.addColumn(v -> UiSupport.label(this, v.entry().basisType()) + " " + v.entry().basisNumber())
                .setHeader(getTranslation("listing.basis")).setFlexGrow(3);
        grid.addColumn(ListEntryView::departmentName).setHeader(getTranslation("listing.department"))
                .setFlexGrow(2);
        grid.addColumn(v -> UiSupport.date(v.entry().listedOn()) + " ~ " + UiSupport.date(v.entry().expiresOn()))
                .setHeader(getTranslation("listing.period")).setFlexGrow(2);
        grid.addColumn(v -> UiSupport.label(this, v.entry().status())).setHeader(getTranslation("listing.status"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("lists-grid");
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(SubjectDetailView.class,
                e.getItem().entry().subjectId())));
        grid.setSizeFull();
        add(new H2(getTranslation("nav.lists")), tabs, filters, grid);
        refresh();
    }

    private void refresh() {
        ListQuery query = new ListQuery(tabs.getSelectedTab() == red ? ListType.RED : ListType.DISHONESTY,
                inForceOnly.getValue(), text.getValue());
        grid.setItems(q -> listings.search(query, new PageRequest(q.getOffset(), q.getLimit())).stream(),
                q -> (int) listings.count(query));
        total.setText(getTranslation("common.total", listings.count(query)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.lists") + " · " + getTranslation("app.title");
    }

}
