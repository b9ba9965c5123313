package cn.gov.ln.credit.webapp.publicportal;

import cn.gov.ln.credit.listing.ListEntryView;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.webapp.shell.CardList;
import cn.gov.ln.credit.webapp.shell.RecordCard;
import cn.gov.ln.credit.webapp.shell.UiSupport;
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
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.ToLongFunction;

/**
 * A published list of the portal (dishonesty, red list): a search by name or code, the total, and a card per entry
 * with its reason, the document it rests on and its publication period. What is published is the service's query.
 */
abstract class PublishedListView extends VerticalLayout implements HasDynamicTitle {

    /** The published entries matching a filter, a page at a time, and how many there are. */
    record Published(BiFunction<String, PageRequest, List<ListEntryView>> page, ToLongFunction<String> count) {
    }

    private final String keys;

    /**
     * @param keys the bundle prefix of the title, explanation and empty text ({@code portal.dishonesty})
     * @param ids the prefix of the search and total ids ({@code dishonesty})
     * @param listId the id of the card list
     */
    PublishedListView(String keys, String ids, String listId, Published published) {
        this.keys = keys;
        addClassName("public-" + ids + "-view");
        setWidthFull();
        Paragraph explanation = new Paragraph(getTranslation(keys + ".explanation"));
        explanation.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
        TextField text = new TextField();
        text.setPlaceholder(getTranslation("portal.dishonesty.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setMaxLength(100);
        text.setWidthFull();
        text.setMaxWidth("26rem");
        text.setId(ids + "-search");
        text.addClassName("public-search");
        Span total = new Span();
        total.setId(ids + "-total");
        total.addClassName("public-total");
        HorizontalLayout filters = new HorizontalLayout(text, total);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWidthFull();
        filters.addClassName("public-filters");
        CardList<ListEntryView> list = new CardList<>(v -> facts(card(v), v));
        list.setEmptyText(getTranslation(keys + ".empty"));
        list.setId(listId);
        Runnable refresh = () -> {
            String filter = text.getValue();
            list.setItems((offset, limit) -> published.page().apply(filter, new PageRequest(offset, limit)),
                    () -> published.count().applyAsLong(filter));
            total.setText(getTranslation("common.total", published.count().applyAsLong(filter)));
        };
        text.addValueChangeListener(e -> refresh.run());
        refresh.run();
        add(new H2(getTranslation(keys + ".title")), explanation, filters, list);
    }

    /** The entry's card with its title and badges; the facts every list shows are added after. */
    abstract RecordCard card(ListEntryView v);

    private RecordCard facts(RecordCard card, ListEntryView v) {
        return card.fact(getTranslation("portal.uscc"), v.subjectIdentifier())
                .fact(getTranslation("listing.reason"), v.entry().reason())
                .fact(getTranslation("portal.dishonesty.basis"), getTranslation("portal.basisText",
                        UiSupport.label(this, v.entry().basisType()), v.entry().basisNumber(), v.entry().basisIssuer()))
                .fact(getTranslation("portal.dishonesty.period"), UiSupport.date(v.entry().listedOn()) + " ~ "
                        + UiSupport.date(v.entry().publishUntil()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(keys + ".title") + " · " + getTranslation("app.title");
    }
}
