package cn.gov.ln.credit.webapp.pledge;

import cn.gov.ln.credit.matter.MatterService;
import cn.gov.ln.credit.matter.PermitMatter;
import cn.gov.ln.credit.pledge.PledgeQueries;
import cn.gov.ln.credit.pledge.PledgeQuery;
import cn.gov.ln.credit.pledge.PledgeStatus;
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

/**
 * The pledges an officer may see: those addressed to their department, or, for credit officers, every pledge
 * of their division.
 */
@Route(value = "pledges", layout = MainLayout.class)
@RequiresPermissions(Permissions.PLEDGE_READ)
@MenuItem(label = "nav.pledges", icon = "vaadin:file-text", order = 15, section = "nav.section.credit")
public class PledgesView extends VerticalLayout implements HasDynamicTitle {

    private final PledgeQueries pledges;
    private final PledgeGrid grid;
    private final TextField text = new TextField();
    private final Select<PledgeStatus> status = new Select<>();
    private final ComboBox<PermitMatter> matter = new ComboBox<>();
    private final Span total = new Span();

    public PledgesView(PledgeQueries pledges, MatterService matters) {
        this.pledges = pledges;
        addClassName("pledges-view");
        setSizeFull();
        text.setPlaceholder(getTranslation("pledges.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setWidth("20rem");
        text.setId("pledge-search");
        status.setLabel(getTranslation("pledge.status"));
        status.setItems(PledgeStatus.SIGNED, PledgeStatus.WITHDRAWN, PledgeStatus.SUPERSEDED);
        status.setItemLabelGenerator(s -> UiSupport.label(this, s));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("common.all"));
        matter.setLabel(getTranslation("pledge.matter"));
        matter.setItems(matters.all());
        matter.setItemLabelGenerator(PermitMatter::name);
        matter.setClearButtonVisible(true);
        matter.setWidth("18rem");
        text.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        matter.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(text, status, matter, total);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        grid = new PledgeGrid(pledges, true);
        grid.setId("pledges-grid");
        grid.setSizeFull();
        add(new H2(getTranslation("nav.pledges")), filters, grid);
        refresh();
    }

    private void refresh() {
        PledgeQuery query = new PledgeQuery(text.getValue(), status.getValue(),
                matter.getValue() == null ? null : matter.getValue().code());
        grid.show(query);
        total.setText(getTranslation("common.total", pledges.count(query)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.pledges") + " · " + getTranslation("app.title");
    }
}
