package cn.gov.ln.credit.webapp.redlist;

import cn.gov.ln.credit.listing.LegalBasisType;
import cn.gov.ln.credit.listing.ListEntry;
import cn.gov.ln.credit.listing.ListEntryView;
import cn.gov.ln.credit.listing.ListQuery;
import cn.gov.ln.credit.listing.ListStatus;
import cn.gov.ln.credit.listing.ListType;
import cn.gov.ln.credit.listing.ListingService;
import cn.gov.ln.credit.redlist.RedListDetermination;
import cn.gov.ln.credit.redlist.RedListService;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.webapp.shell.LocalizedDatePicker;
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.MenuItem;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * The red list of the officer's division (红名单): entries with the document they rest on, their period and
 * publication; an officer determines a new entry on a commendation or an evaluation result, or removes one with
 * the reason (its incentive case is withdrawn with it).
 */
@Route(value = RedListView.ROUTE, layout = MainLayout.class)
@RequiresPermissions(Permissions.REDLIST_DETERMINE)
@MenuItem(label = "nav.redList", icon = "vaadin:medal", order = 24, section = "nav.section.credit")
public class RedListView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "red-list";

    private final ListingService listings;
    private final RedListService redList;
    private final Clock clock;
    private final Grid<ListEntryView> grid = new Grid<>();
    private final TextField text = new TextField();
    private final Checkbox inForceOnly = new Checkbox();
    private final Span total = new Span();

    public RedListView(ListingService listings, RedListService redList, Clock clock) {
        this.listings = listings;
        this.redList = redList;
        this.clock = clock;
        setSizeFull();
        Paragraph hint = new Paragraph(getTranslation("redList.hint"));
        hint.addClassName(LumoUtility.TextColor.SECONDARY);
        text.setLabel(getTranslation("redList.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setMaxLength(100);
        text.setId("red-search");
        inForceOnly.setLabel(getTranslation("redList.inForceOnly"));
        inForceOnly.setValue(true);
        inForceOnly.setId("red-in-force");
        text.addValueChangeListener(e -> refresh());
        inForceOnly.addValueChangeListener(e -> refresh());
        Button determine = new Button(getTranslation("redList.determine"), VaadinIcon.PLUS.create(),
                e -> openDetermination());
        determine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        determine.setId("red-determine");
        total.setId("red-total");
        HorizontalLayout tools = new HorizontalLayout(text, inForceOnly, determine, total);
        tools.setWrap(true);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.addColumn(ListEntryView::subjectName).setHeader(getTranslation("redList.subject")).setFlexGrow(2);
        grid.addColumn(ListEntryView::subjectIdentifier).setHeader(getTranslation("redList.identifier"))
                .setAutoWidth(true);
        grid.addColumn(v -> basis(v.entry())).setHeader(getTranslation("listing.basis")).setFlexGrow(3);
        grid.addColumn(v -> v.entry().reason()).setHeader(getTranslation("listing.reason")).setFlexGrow(2);
        grid.addColumn(v -> UiSupport.date(v.entry().listedOn()) + " ~ " + UiSupport.date(v.entry().expiresOn()))
                .setHeader(getTranslation("redList.period")).setAutoWidth(true);
        grid.addColumn(v -> UiSupport.date(v.entry().publishUntil())).setHeader(getTranslation("redList.publishUntil"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("listing.status")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        grid.setId("red-grid");
        add(new H2(getTranslation("nav.redList")), hint, tools, grid);
        refresh();
    }

    private void refresh() {
        ListQuery query = new ListQuery(ListType.RED, inForceOnly.getValue(), text.getValue());
        grid.setItems(q -> listings.search(query, new PageRequest(q.getOffset(), q.getLimit())).stream(),
                q -> (int) listings.count(query));
        total.setText(getTranslation("common.total", listings.count(query)));
    }

    private String basis(ListEntry entry) {
        return getTranslation("redList.basisText", UiSupport.label(this, entry.basisType()), entry.basisNumber(),
                entry.basisIssuer(), UiSupport.date(entry.basisDate()));
    }

    private Component status(ListEntryView v) {
        ListEntry entry = v.entry();
        if (entry.status() == ListStatus.ACTIVE) {
            return UiSupport.badge(UiSupport.label(this, entry.status()), "success");
        }
        String ending = entry.endReason() == null ? "" : " · " + getTranslation("enum.ListEnding." + entry.endReason());
        return UiSupport.badge(UiSupport.label(this, entry.status()) + ending, "contrast");
    }

    private Component actions(ListEntryView v) {
        if (v.entry().status() != ListStatus.ACTIVE) {
            return new Span();
        }
        Button remove = new Button(getTranslation("redList.remove"), e -> openRemoval(v));
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        remove.setId("red-remove-" + v.entry().id());
        return remove;
    }

    private void openDetermination() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("redList.determine"));
        TextField identifier = new TextField(getTranslation("redList.identifier"));
        identifier.setId("red-identifier");
        identifier.setMaxLength(64);
        Select<LegalBasisType> basisType = new Select<>();
        basisType.setLabel(getTranslation("redList.basisType"));
        basisType.setItems(LegalBasisType.COMMENDATION, LegalBasisType.EVALUATION);
        basisType.setItemLabelGenerator(t -> UiSupport.label(this, t));
        basisType.setValue(LegalBasisType.COMMENDATION);
        basisType.setId("red-basis-type");
        TextField basisNumber = new TextField(getTranslation("redList.basisNumber"));
        basisNumber.setId("red-basis-number");
        basisNumber.setMaxLength(128);
        TextField basisIssuer = new TextField(getTranslation("listing.issuer"));
        basisIssuer.setId("red-basis-issuer");
        basisIssuer.setMaxLength(128);
        LocalDate today = LocalDate.now(clock);
        LocalizedDatePicker basisDate = new LocalizedDatePicker(getTranslation("redList.basisDate"));
        basisDate.setId("red-basis-date");
        basisDate.setValue(today);
        TextArea reason = new TextArea(getTranslation("listing.reason"));
        reason.setId("red-reason");
        reason.setMaxLength(512);
        LocalizedDatePicker listedOn = new LocalizedDatePicker(getTranslation("redList.listedOn"));
        listedOn.setId("red-listed-on");
        listedOn.setValue(today);
        LocalizedDatePicker expiresOn = new LocalizedDatePicker(getTranslation("redList.expiresOn"));
        expiresOn.setId("red-expires-on");
        expiresOn.setValue(today.plusYears(3));
        LocalizedDatePicker publishUntil = new LocalizedDatePicker(getTranslation("redList.publishUntil"));
        publishUntil.setId("red-publish-until");
        publishUntil.setValue(today.plusYears(1));
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("identifier", identifier);
        fields.put("basisType", basisType);
        fields.put("basisNumber", basisNumber);
        fields.put("basisIssuer", basisIssuer);
        fields.put("basisDate", basisDate);
        fields.put("reason", reason);
        fields.put("listedOn", listedOn);
        fields.put("expiresOn", expiresOn);
        fields.put("publishUntil", publishUntil);
        FormLayout form = new FormLayout(identifier, basisType, basisNumber, basisIssuer, basisDate, listedOn,
                expiresOn, publishUntil, reason);
        form.setColspan(reason, 2);
        dialog.add(form);
        Button save = new Button(getTranslation("redList.save"), e -> {
            try {
                redList.determine(new RedListDetermination(identifier.getValue(), basisType.getValue(),
                        basisNumber.getValue(), basisIssuer.getValue(), basisDate.getValue(), reason.getValue(),
                        listedOn.getValue(), expiresOn.getValue(), publishUntil.getValue()));
                dialog.close();
                UiSupport.success(getTranslation("redList.determined"));
                refresh();
            } catch (BusinessException error) {
                UiSupport.showError(this, error, fields);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("red-determine-save");
        Button cancel = new Button(getTranslation("common.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel, save);
        dialog.setWidth("min(48rem, 96vw)");
        dialog.open();
    }

    private void openRemoval(ListEntryView v) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("redList.removeTitle", v.subjectName()));
        TextArea reason = new TextArea(getTranslation("redList.removeReason"));
        reason.setId("red-remove-reason");
        reason.setMaxLength(512);
        reason.setWidthFull();
        dialog.add(new Paragraph(getTranslation("redList.removeHint")), reason);
        Button confirm = new Button(getTranslation("redList.remove"), e -> {
            try {
                redList.remove(v.entry().id(), reason.getValue());
                dialog.close();
                UiSupport.success(getTranslation("redList.removed"));
                refresh();
            } catch (BusinessException error) {
                UiSupport.showError(this, error, Map.of("reason", reason));
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setId("red-remove-confirm");
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), confirm);
        dialog.setWidth("min(32rem, 96vw)");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.redList") + " · " + getTranslation("app.title");
    }
}
