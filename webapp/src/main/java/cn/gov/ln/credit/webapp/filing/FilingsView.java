package cn.gov.ln.credit.webapp.filing;

import cn.gov.ln.credit.filing.FilingQueries;
import cn.gov.ln.credit.filing.FilingQuery;
import cn.gov.ln.credit.filing.FilingRoute;
import cn.gov.ln.credit.filing.FilingStatus;
import cn.gov.ln.credit.matter.MatterService;
import cn.gov.ln.credit.matter.PermitMatter;
import cn.gov.ln.credit.security.Permissions;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/** The filings of the officer's department and division, with their status, route and deadlines. */
@Route(value = "filings", layout = MainLayout.class)
@RequiresPermissions(Permissions.FILING_READ)
@MenuItem(label = "nav.filings", icon = "vaadin:folder-open-o", order = 2, section = "nav.section.work")
public class FilingsView extends VerticalLayout implements HasDynamicTitle {

    private final FilingQueries filings;
    private final FilingGrid grid;
    private final TextField text = new TextField();
    private final Select<FilingStatus> status = new Select<>();
    private final Select<FilingRoute> route = new Select<>();
    private final ComboBox<PermitMatter> matter = new ComboBox<>();
    private final Span total = new Span();

    public FilingsView(FilingQueries filings, MatterService matters) {
        this.filings = filings;
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
        route.setLabel(getTranslation("filing.route"));
        route.setItems(FilingRoute.values());
        route.setItemLabelGenerator(r -> UiSupport.label(this, r));
        route.setEmptySelectionAllowed(true);
        route.setEmptySelectionCaption(getTranslation("common.all"));
        matter.setLabel(getTranslation("filing.matter"));
        matter.setItems(matters.all());
        matter.setItemLabelGenerator(PermitMatter::name);
        matter.setClearButtonVisible(true);
        text.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        route.addValueChangeListener(e -> refresh());
        matter.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(text, status, route, matter, total);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        grid = new FilingGrid(filings, matters);
        grid.setId("filings-grid");
        grid.setSizeFull();
        add(new H2(getTranslation("nav.filings")), filters, grid);
        refresh();
    }

    private void refresh() {
        FilingQuery query = new FilingQuery(text.getValue(), status.getValue(),
                matter.getValue() == null ? null : matter.getValue().code(), route.getValue());
        grid.show(query);
        total.setText(getTranslation("common.total", filings.count(query)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.filings") + " · " + getTranslation("app.title");
    }
}
