package cn.gov.ln.credit.webapp.pledge;

import cn.gov.ln.credit.export.ListExports;
import cn.gov.ln.credit.matter.MatterService;
import cn.gov.ln.credit.matter.PermitMatter;
import cn.gov.ln.credit.pledge.PledgeQueries;
import cn.gov.ln.credit.pledge.PledgeQuery;
import cn.gov.ln.credit.pledge.PledgeSortKey;
import cn.gov.ln.credit.pledge.PledgeStatus;
import cn.gov.ln.credit.pledge.PledgeView;
import cn.gov.ln.credit.savedfilter.SavedFilterService;
import cn.gov.ln.credit.security.Permissions;
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
import java.util.List;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * The pledges an officer may see: those addressed to their department, or, for credit officers, every pledge
 * of their division. Filters, order and page size live in the URL.
 */
@Route(value = PledgesView.ROUTE, layout = MainLayout.class)
@RequiresPermissions(Permissions.PLEDGE_READ)
@MenuItem(label = "nav.pledges", icon = "vaadin:file-text", order = 15, section = "nav.section.credit")
public class PledgesView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ROUTE = "pledges";

    private final PledgeQueries pledges;
    private final PledgeGrid grid;
    private final TextField text = new TextField();
    private final Select<PledgeStatus> status = new Select<>();
    private final ComboBox<PermitMatter> matter = new ComboBox<>();
    private final DateRangeFilter signed;
    private final UrlFilteredList<PledgeView, PledgeSortKey> list;
    private final List<PermitMatter> matters;
    private final Span total = new Span();

    public PledgesView(PledgeQueries pledges, MatterService matters, ListExports exports,
            SavedFilterService savedFilters) {
        this.pledges = pledges;
        this.matters = matters.all();
        addClassName("pledges-view");
        setSizeFull();
        text.setLabel(getTranslation("pledges.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setMaxLength(100);
        text.setWidth("16rem");
        text.setId("pledge-search");
        status.setLabel(getTranslation("pledge.status"));
        status.setItems(PledgeStatus.SIGNED, PledgeStatus.WITHDRAWN, PledgeStatus.SUPERSEDED);
        status.setItemLabelGenerator(s -> s == null ? getTranslation("common.all") : UiSupport.label(this, s));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("common.all"));
        status.setId("pledge-status-filter");
        matter.setLabel(getTranslation("pledge.matter"));
        matter.setItems(this.matters);
        matter.setItemLabelGenerator(PermitMatter::name);
        matter.setClearButtonVisible(true);
        matter.setWidth("18rem");
        matter.setId("pledge-matter-filter");
        signed = new DateRangeFilter(ROUTE, getTranslation("pledge.date"), this::filtersChanged);
        text.addValueChangeListener(e -> filtersChanged());
        status.addValueChangeListener(e -> filtersChanged());
        matter.addValueChangeListener(e -> filtersChanged());
        grid = new PledgeGrid(pledges, true);
        list = new UrlFilteredList<>(ROUTE, grid, PledgeSortKey.class, PledgeGrid.NEWEST_FIRST, 50, this::restore,
                this::filters, this::refresh);
        grid.setId("pledges-grid");
        grid.setSizeFull();
        HorizontalLayout filters = new HorizontalLayout(text, status, matter, signed, list.pageSizePicker());
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
        total.setId("pledges-total");
        ExportLink export = new ExportLink(exports, "pledges-export", () -> exportColumns().export(ROUTE,
                list.url().queryString(), page -> pledges.search(query(), list.sort(), page)));
        HorizontalLayout tools = new HorizontalLayout(total, new SavedFiltersMenu(savedFilters, ROUTE, list::url),
                export);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(new H2(getTranslation("nav.pledges")), filters, tools, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        list.enter(event);
    }

    private void restore(ListUrl url) {
        text.setValue(url.text("q") == null ? "" : url.text("q"));
        PledgeStatus wanted = url.enumValue("status", PledgeStatus.class);
        status.setValue(wanted == PledgeStatus.DRAFT ? null : wanted);
        String code = url.text("matter");
        matter.setValue(matters.stream().filter(m -> m.code().equals(code)).findFirst().orElse(null));
        signed.set(url.date("from"), url.date("to"));
    }

    private void filtersChanged() {
        list.filtersChanged();
    }

    private ListUrl filters() {
        return ListUrl.empty().with("q", text.getValue()).with("status", status.getValue())
                .with("matter", matter.getValue() == null ? null : matter.getValue().code())
                .with("from", signed.from()).with("to", signed.to());
    }

    private PledgeQuery query() {
        return new PledgeQuery(text.getValue(), status.getValue(),
                matter.getValue() == null ? null : matter.getValue().code(), signed.from(), signed.to());
    }

    private void refresh() {
        PledgeQuery query = query();
        list.show((sort, page) -> pledges.search(query, sort, page), () -> pledges.count(query));
        total.setText(getTranslation("common.total", pledges.count(query)));
    }

    private ExportColumns<PledgeView> exportColumns() {
        return new ExportColumns<PledgeView>()
                .add(getTranslation("pledge.recordCode"), v -> v.pledge().recordCode())
                .add(getTranslation("pledge.pledger"), v -> v.pledge().pledgerName())
                .add(getTranslation("subject.identifier"), PledgeView::identifierShown)
                .add(getTranslation("pledge.template"), PledgeView::templateTitle)
                .add(getTranslation("pledge.matter"), PledgeGrid::matter)
                .add(getTranslation("pledge.date"), v -> UiSupport.date(v.pledge().pledgeDate()))
                .add(getTranslation("pledge.validUntil"), v -> UiSupport.date(v.pledge().validUntil()))
                .add(getTranslation("pledge.status"), v -> UiSupport.label(this, v.pledge().status()))
                .add(getTranslation("pledge.fulfillment"), grid::fulfilment);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.pledges") + " · " + getTranslation("app.title");
    }
}
