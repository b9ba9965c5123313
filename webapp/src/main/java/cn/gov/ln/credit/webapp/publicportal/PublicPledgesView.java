package cn.gov.ln.credit.webapp.publicportal;

import cn.gov.ln.credit.matter.MatterService;
import cn.gov.ln.credit.matter.PermitMatter;
import cn.gov.ln.credit.pledge.FulfillmentStatus;
import cn.gov.ln.credit.pledge.PledgePublication;
import cn.gov.ln.credit.pledge.PublicPledge;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.webapp.shell.CardList;
import cn.gov.ln.credit.webapp.shell.RecordCard;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * The public list of pledges: only organisations' pledges they chose to make public, never a natural person's
 * (the service filters them), as cards a page at a time. Opening a card's 承诺内容 shows what was pledged.
 */
@Route(value = "public/pledges", layout = PublicLayout.class)
@AnonymousAllowed
public class PublicPledgesView extends VerticalLayout implements HasDynamicTitle {

    private final PledgePublication publication;
    private final CardList<PublicPledge> list = new CardList<>(this::card);
    private final TextField text = new TextField();
    private final ComboBox<PermitMatter> matter = new ComboBox<>();
    private final Span total = new Span();

    public PublicPledgesView(PledgePublication publication, MatterService matters) {
        this.publication = publication;
        addClassName("public-pledges-view");
        setWidthFull();

        Paragraph explanation = new Paragraph(getTranslation("portal.pledges.explanation"));
        explanation.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
        explanation.setId("public-explanation");
        text.setPlaceholder(getTranslation("portal.pledges.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setMaxLength(100);
        text.setWidthFull();
        text.setMaxWidth("26rem");
        text.setId("public-search");
        text.addClassName("public-search");
        matter.setLabel(getTranslation("portal.matter"));
        matter.setPlaceholder(getTranslation("common.all"));
        matter.setItems(matters.all());
        matter.setItemLabelGenerator(PermitMatter::name);
        matter.setClearButtonVisible(true);
        matter.setWidthFull();
        matter.setMaxWidth("20rem");
        matter.setId("public-matter");
        text.addValueChangeListener(e -> refresh());
        matter.addValueChangeListener(e -> refresh());
        total.setId("public-total");
        total.addClassName("public-total");
        HorizontalLayout filters = new HorizontalLayout(text, matter, total);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWidthFull();
        filters.addClassName("public-filters");

        list.setEmptyText(getTranslation("portal.pledges.empty"));
        list.setId("public-pledges-list");

        add(new H2(getTranslation("portal.pledges.title")), explanation, filters, list);
        refresh();
    }

    private Component card(PublicPledge p) {
        RecordCard card = new RecordCard(p.pledgerName())
                .status(p.fulfillmentStatus() == null ? getTranslation("portal.fulfillment.pending")
                        : UiSupport.label(this, p.fulfillmentStatus()), p.fulfillmentStatus() == null ? "contrast"
                        : p.fulfillmentStatus() == FulfillmentStatus.FULFILLED ? "success" : "error")
                .fact(getTranslation("portal.recordCode"), p.recordCode())
                .fact(getTranslation("portal.uscc"), p.uscc())
                .fact(getTranslation("portal.type"), UiSupport.label(this, p.pledgeType()))
                .fact(getTranslation("portal.matter"), p.matterName())
                .fact(getTranslation("portal.pledgeDate"), UiSupport.date(p.pledgeDate()))
                .fact(getTranslation("portal.validUntil"), UiSupport.date(p.validUntil()))
                .fact(getTranslation("portal.acceptingUnit"), p.acceptingUnitName());
        Details content = new Details(getTranslation("portal.content"));
        content.addClassName("record-card-more");
        // The pledge's text is built only when opened: a page of twenty long texts would weigh on a phone.
        content.addOpenedChangeListener(e -> {
            if (e.isOpened() && content.getContent().findAny().isEmpty()) {
                content.add(details(p));
            }
        });
        card.body(content);
        card.setId("public-pledge-" + p.recordCode());
        return card;
    }

    private Component details(PublicPledge pledge) {
        Paragraph content = new Paragraph(nonNull(pledge.content()));
        content.getStyle().set("white-space", "pre-wrap").set("margin", "var(--lumo-space-xs) 0");
        RouterLink verify = new RouterLink(getTranslation("portal.verifyThis"), VerifyView.class);
        verify.setQueryParameters(QueryParameters.of(VerifyView.NUMBER, pledge.recordCode()));
        Div details = new Div(content, verify);
        details.addClassName("public-pledge-details");
        return details;
    }

    private void refresh() {
        String filter = text.getValue();
        String matterCode = matter.getValue() == null ? null : matter.getValue().code();
        list.setItems((offset, limit) -> publication.search(filter, matterCode, new PageRequest(offset, limit)),
                () -> publication.count(filter, matterCode));
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
