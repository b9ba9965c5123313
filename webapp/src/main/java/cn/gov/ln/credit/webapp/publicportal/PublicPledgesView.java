package cn.gov.ln.credit.webapp.publicportal;

import cn.gov.ln.credit.matter.MatterService;
import cn.gov.ln.credit.matter.PermitMatter;
import cn.gov.ln.credit.pledge.PledgePublication;
import cn.gov.ln.credit.pledge.PublicPledge;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * The public list of pledges: only organisations' pledges they chose to make public, never a natural person's
 * (the service filters them). Opening a row shows what was pledged.
 */
@Route(value = "public/pledges", layout = PublicLayout.class)
@AnonymousAllowed
public class PublicPledgesView extends VerticalLayout implements HasDynamicTitle {

    private final PledgePublication publication;
    private final Grid<PublicPledge> grid = new Grid<>();
    private final TextField text = new TextField();
    private final ComboBox<PermitMatter> matter = new ComboBox<>();
    private final Span total = new Span();

    public PublicPledgesView(PledgePublication publication, MatterService matters) {
        this.publication = publication;
        addClassName("public-pledges-view");
        setSizeFull();

        Paragraph explanation = new Paragraph(getTranslation("portal.pledges.explanation"));
        explanation.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
        explanation.setId("public-explanation");
        text.setPlaceholder(getTranslation("portal.pledges.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setMaxLength(100);
        text.setWidth("26rem");
        text.setId("public-search");
        matter.setLabel(getTranslation("portal.matter"));
        matter.setPlaceholder(getTranslation("common.all"));
        matter.setItems(matters.all());
        matter.setItemLabelGenerator(PermitMatter::name);
        matter.setClearButtonVisible(true);
        matter.setWidth("20rem");
        matter.setId("public-matter");
        text.addValueChangeListener(e -> refresh());
        matter.addValueChangeListener(e -> refresh());
        total.setId("public-total");
        HorizontalLayout filters = new HorizontalLayout(text, matter, total);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");

        grid.addColumn(PublicPledge::recordCode).setHeader(getTranslation("portal.recordCode")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(PublicPledge::pledgerName).setHeader(getTranslation("portal.pledger")).setFlexGrow(2);
        grid.addColumn(PublicPledge::uscc).setHeader(getTranslation("portal.uscc")).setAutoWidth(true);
        grid.addColumn(p -> UiSupport.label(this, p.pledgeType())).setHeader(getTranslation("portal.type"))
                .setAutoWidth(true);
        grid.addColumn(p -> nonNull(p.matterName())).setHeader(getTranslation("portal.matter")).setFlexGrow(2);
        grid.addColumn(p -> UiSupport.date(p.pledgeDate())).setHeader(getTranslation("portal.pledgeDate"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> UiSupport.date(p.validUntil())).setHeader(getTranslation("portal.validUntil"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> nonNull(p.acceptingUnitName())).setHeader(getTranslation("portal.acceptingUnit"))
                .setFlexGrow(2);
        grid.addColumn(p -> p.fulfillmentStatus() == null ? getTranslation("portal.fulfillment.pending")
                : UiSupport.label(this, p.fulfillmentStatus())).setHeader(getTranslation("portal.fulfillment"))
                .setAutoWidth(true);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("portal.pledges.empty"));
        grid.setId("public-pledges-grid");
        grid.setSizeFull();

        add(new H2(getTranslation("portal.pledges.title")), explanation, filters, grid);
        refresh();
    }

    private Component details(PublicPledge pledge) {
        Span label = new Span(getTranslation("portal.content"));
        label.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        Paragraph content = new Paragraph(nonNull(pledge.content()));
        content.getStyle().set("white-space", "pre-wrap").set("margin", "var(--lumo-space-xs) 0");
        RouterLink verify = new RouterLink(getTranslation("portal.verifyThis"), VerifyView.class);
        verify.setQueryParameters(QueryParameters.of(VerifyView.NUMBER, pledge.recordCode()));
        Div details = new Div(label, content, verify);
        details.addClassName("public-pledge-details");
        details.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)");
        return details;
    }

    private void refresh() {
        String filter = text.getValue();
        String matterCode = matter.getValue() == null ? null : matter.getValue().code();
        grid.setItems(q -> publication.search(filter, matterCode, new PageRequest(q.getOffset(), q.getLimit()))
                .stream(), q -> (int) publication.count(filter, matterCode));
        total.setText(getTranslation("common.total", publication.count(filter, matterCode)));
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.pledges.title") + " · " + getTranslation("app.title");
    }
}
