package cn.gov.ln.credit.webapp.publicportal;

import cn.gov.ln.credit.listing.ListEntryView;
import cn.gov.ln.credit.listing.ListingService;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
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
 * The published dishonesty list: organisations only (a natural person is never published), within their
 * publication period, each with the document it rests on; a record under objection is marked as disputed.
 */
@Route(value = "public/dishonesty", layout = PublicLayout.class)
@AnonymousAllowed
public class PublicDishonestyView extends VerticalLayout implements HasDynamicTitle {

    public PublicDishonestyView(ListingService listings) {
        addClassName("public-dishonesty-view");
        setSizeFull();
        Paragraph explanation = new Paragraph(getTranslation("portal.dishonesty.explanation"));
        explanation.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
        TextField text = new TextField();
        text.setPlaceholder(getTranslation("portal.dishonesty.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setMaxLength(100);
        text.setWidth("26rem");
        text.setId("dishonesty-search");
        Span total = new Span();
        total.setId("dishonesty-total");
        HorizontalLayout filters = new HorizontalLayout(text, total);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        Grid<ListEntryView> grid = new Grid<>();
        grid.addColumn(ListEntryView::subjectName).setHeader(getTranslation("portal.pledger")).setFlexGrow(2);
        grid.addColumn(ListEntryView::subjectIdentifier).setHeader(getTranslation("portal.uscc")).setAutoWidth(true);
        grid.addColumn(v -> v.entry().reason()).setHeader(getTranslation("listing.reason")).setFlexGrow(3);
        grid.addColumn(v -> UiSupport.label(this, v.entry().basisType()) + " " + v.entry().basisNumber() + "（"
                + v.entry().basisIssuer() + "）").setHeader(getTranslation("portal.dishonesty.basis")).setFlexGrow(3);
        grid.addColumn(v -> UiSupport.label(this, v.entry().tier())).setHeader(getTranslation("breach.tier"))
                .setAutoWidth(true);
        grid.addColumn(v -> UiSupport.date(v.entry().listedOn()) + " ~ " + UiSupport.date(v.entry().publishUntil()))
                .setHeader(getTranslation("portal.dishonesty.period")).setAutoWidth(true);
        grid.addComponentColumn(v -> v.entry().disputed() ? UiSupport.badge(getTranslation("record.disputed"), "error")
                : new Span()).setHeader(getTranslation("portal.dishonesty.dispute")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("portal.dishonesty.empty"));
        grid.setId("public-dishonesty-grid");
        grid.setSizeFull();
        Runnable refresh = () -> {
            String filter = text.getValue();
            grid.setItems(q -> listings.published(filter, new PageRequest(q.getOffset(), q.getLimit())).stream(),
                    q -> (int) listings.countPublished(filter));
            total.setText(getTranslation("common.total", listings.countPublished(filter)));
        };
        text.addValueChangeListener(e -> refresh.run());
        refresh.run();
        add(new H2(getTranslation("portal.dishonesty.title")), explanation, filters, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.dishonesty.title") + " · " + getTranslation("app.title");
    }
}
