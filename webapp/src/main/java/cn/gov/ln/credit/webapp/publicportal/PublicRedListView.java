package cn.gov.ln.credit.webapp.publicportal;

import cn.gov.ln.credit.listing.ListEntryView;
import cn.gov.ln.credit.listing.ListingService;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.webapp.shell.CardList;
import cn.gov.ln.credit.webapp.shell.RecordCard;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.Component;
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
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * The published red list: organisations only, entries in force and within their publication period; an entry that
 * ended (removed, ineligible) or whose publication ran out is not shown.
 */
@Route(value = "public/red-list", layout = PublicLayout.class)
@AnonymousAllowed
public class PublicRedListView extends VerticalLayout implements HasDynamicTitle {

    public PublicRedListView(ListingService listings) {
        addClassName("public-red-list-view");
        setWidthFull();
        Paragraph explanation = new Paragraph(getTranslation("portal.redList.explanation"));
        explanation.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
        TextField text = new TextField();
        text.setPlaceholder(getTranslation("portal.dishonesty.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setMaxLength(100);
        text.setWidthFull();
        text.setMaxWidth("26rem");
        text.setId("red-list-search");
        text.addClassName("public-search");
        Span total = new Span();
        total.setId("red-list-total");
        total.addClassName("public-total");
        HorizontalLayout filters = new HorizontalLayout(text, total);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWidthFull();
        filters.addClassName("public-filters");
        CardList<ListEntryView> list = new CardList<>(this::card);
        list.setEmptyText(getTranslation("portal.redList.empty"));
        list.setId("public-red-list");
        Runnable refresh = () -> {
            String filter = text.getValue();
            list.setItems((offset, limit) -> listings.publishedRed(filter, new PageRequest(offset, limit)),
                    () -> listings.countPublishedRed(filter));
            total.setText(getTranslation("common.total", listings.countPublishedRed(filter)));
        };
        text.addValueChangeListener(e -> refresh.run());
        refresh.run();
        add(new H2(getTranslation("portal.redList.title")), explanation, filters, list);
    }

    private Component card(ListEntryView v) {
        return new RecordCard(v.subjectName()).status(getTranslation("enum.ListType.RED"), "success")
                .fact(getTranslation("portal.uscc"), v.subjectIdentifier())
                .fact(getTranslation("listing.reason"), v.entry().reason())
                .fact(getTranslation("portal.dishonesty.basis"), getTranslation("portal.redList.basisText",
                        UiSupport.label(this, v.entry().basisType()), v.entry().basisNumber(), v.entry().basisIssuer()))
                .fact(getTranslation("portal.dishonesty.period"), UiSupport.date(v.entry().listedOn()) + " ~ "
                        + UiSupport.date(v.entry().publishUntil()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.redList.title") + " · " + getTranslation("app.title");
    }
}
