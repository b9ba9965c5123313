package cn.gov.ln.credit.webapp.admin;

import cn.gov.ln.credit.webapp.shell.LocalizedDatePicker;
import cn.gov.ln.credit.account.AccountService;
import cn.gov.ln.credit.audit.AuditActions;
import cn.gov.ln.credit.audit.AuditEvent;
import cn.gov.ln.credit.audit.AuditQuery;
import cn.gov.ln.credit.audit.AuditService;
import cn.gov.ln.credit.audit.AuditSortKey;
import cn.gov.ln.credit.audit.ChainVerification;
import cn.gov.ln.credit.export.ListExports;
import cn.gov.ln.credit.savedfilter.SavedFilterService;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.webapp.lists.ExportColumns;
import cn.gov.ln.credit.webapp.lists.ExportLink;
import cn.gov.ln.credit.webapp.lists.ListUrl;
import cn.gov.ln.credit.webapp.lists.PeopleNames;
import cn.gov.ln.credit.webapp.lists.SavedFiltersMenu;
import cn.gov.ln.credit.webapp.lists.UrlFilteredList;
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.MenuItem;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * The audit trail inside the auditor's division, newest first, and a check that the hash chain is unbroken.
 * Read only: the trail is never edited or deleted, here or anywhere.
 */
@Route(value = AuditView.ROUTE, layout = MainLayout.class)
@RequiresPermissions(Permissions.AUDIT_READ)
@MenuItem(label = "nav.audit", icon = "vaadin:records", order = 140, section = "nav.section.admin")
public class AuditView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ROUTE = "admin/audit";
    static final String LIST = "audit";
    private static final int HASH_PREFIX = 12;

    private final AuditService audit;
    private final Grid<AuditEvent> grid = new Grid<>();
    private final TextField actor = new TextField();
    private final ComboBox<String> action = new ComboBox<>();
    private final LocalizedDatePicker from = new LocalizedDatePicker();
    private final LocalizedDatePicker to = new LocalizedDatePicker();
    private final Span total = new Span();
    private final Span chainResult = new Span();
    private final PeopleNames names;
    private final UrlFilteredList<AuditEvent, AuditSortKey> list;

    public AuditView(AuditService audit, AccountService accounts, ListExports exports,
            SavedFilterService savedFilters) {
        this.audit = audit;
        this.names = new PeopleNames(accounts);
        addClassName("audit-view");
        setSizeFull();

        actor.setLabel(getTranslation("admin.audit.actor"));
        actor.setPlaceholder(getTranslation("admin.audit.actorPlaceholder"));
        actor.setClearButtonVisible(true);
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        actor.setId("audit-actor");
        action.setLabel(getTranslation("admin.audit.action"));
        action.setItems(AuditActions.ALL);
        action.setItemLabelGenerator(code -> AdminUi.labelOrCode(this, "audit.action.", code));
        action.setClearButtonVisible(true);
        action.setPlaceholder(getTranslation("common.all"));
        action.setWidth("16rem");
        action.setId("audit-action");
        from.setLabel(getTranslation("admin.audit.from"));
        from.setClearButtonVisible(true);
        from.setId("audit-from");
        to.setLabel(getTranslation("admin.audit.to"));
        to.setClearButtonVisible(true);
        to.setId("audit-to");
        actor.addValueChangeListener(e -> filtersChanged());
        action.addValueChangeListener(e -> filtersChanged());
        from.addValueChangeListener(e -> filtersChanged());
        to.addValueChangeListener(e -> filtersChanged());
        total.setId("audit-total");
        list = new UrlFilteredList<>(ROUTE, grid, AuditSortKey.class, AuditService.NEWEST_FIRST, 50, this::restore,
                this::filters, this::refresh);
        ExportLink export = new ExportLink(exports, "audit-export", () -> new ExportColumns<AuditEvent>()
                .add("#", AuditEvent::id)
                .add(getTranslation("admin.audit.time"), e -> UiSupport.dateTime(e.occurredAt()))
                .add(getTranslation("admin.audit.actor"), e -> names.of(this, e.actor()))
                .add(getTranslation("lists.audit.username"), AuditEvent::actor)
                .add(getTranslation("admin.audit.action"), e -> AdminUi.labelOrCode(this, "audit.action.", e.action()))
                .add(getTranslation("admin.audit.target"), AuditView::target)
                .add(getTranslation("admin.audit.detail"), e -> e.detail() == null ? "" : e.detail())
                .add(getTranslation("admin.audit.clientAddress"), e -> e.clientAddress() == null ? ""
                        : e.clientAddress())
                .add(getTranslation("admin.audit.hash"), AuditEvent::hash)
                .export(LIST, list.url().queryString(), page -> names.load(audit.search(query(), list.sort(),
                        page), AuditEvent::actor)));
        HorizontalLayout filters = new HorizontalLayout(actor, action, from, to, total, list.pageSizePicker(),
                new SavedFiltersMenu(savedFilters, LIST, ROUTE, list::url), export);
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        Button verify = new Button(getTranslation("admin.audit.verify"), VaadinIcon.SHIELD.create(), e -> verify());
        verify.setId("verify-chain");
        chainResult.setText(getTranslation("admin.audit.chain.notRun"));
        chainResult.addClassName(LumoUtility.TextColor.SECONDARY);
        chainResult.setId("chain-result");
        HorizontalLayout chain = new HorizontalLayout(verify, chainResult);
        chain.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        grid.addColumn(AuditEvent::id).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> UiSupport.dateTime(e.occurredAt())).setHeader(getTranslation("admin.audit.time"))
                .setAutoWidth(true).setFlexGrow(0).setSortable(true).setSortProperty(AuditSortKey.TIME.name());
        grid.addColumn(e -> names.of(this, e.actor())).setHeader(getTranslation("admin.audit.actor"))
                .setTooltipGenerator(AuditEvent::actor).setAutoWidth(true).setSortable(true)
                .setSortProperty(AuditSortKey.ACTOR.name());
        grid.addColumn(e -> AdminUi.labelOrCode(this, "audit.action.", e.action()))
                .setHeader(getTranslation("admin.audit.action")).setAutoWidth(true).setSortable(true)
                .setSortProperty(AuditSortKey.ACTION.name());
        grid.addColumn(AuditView::target).setHeader(getTranslation("admin.audit.target")).setAutoWidth(true);
        grid.addColumn(e -> AuditDetailText.of(this, e.detail())).setHeader(getTranslation("admin.audit.detail"))
                .setTooltipGenerator(AuditEvent::detail).setFlexGrow(3);
        grid.addColumn(e -> e.clientAddress() == null ? "" : e.clientAddress())
                .setHeader(getTranslation("admin.audit.clientAddress")).setAutoWidth(true);
        grid.addColumn(AuditView::hashPrefix).setHeader(getTranslation("admin.audit.hash"))
                .setTooltipGenerator(AuditEvent::hash).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setId("audit-grid");
        grid.setSizeFull();

        add(new H2(getTranslation("nav.audit")), filters, chain, grid);
    }

    /** Filters from the URL: {@code admin/audit?actor=&action=&from=&to=&sort=&dir=&size=} (the action as its code). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        list.enter(event);
    }

    private void restore(ListUrl url) {
        actor.setValue(url.text("actor") == null ? "" : url.text("actor"));
        String wanted = url.text("action") == null ? null : url.text("action").toUpperCase(Locale.ROOT);
        action.setValue(wanted != null && AuditActions.ALL.contains(wanted) ? wanted : null);
        from.setValue(url.date("from"));
        to.setValue(url.date("to"));
    }

    private void filtersChanged() {
        list.filtersChanged();
    }

    private ListUrl filters() {
        return ListUrl.empty().with("actor", actor.getValue())
                .with("action", action.getValue() == null ? null : action.getValue().toLowerCase(Locale.ROOT))
                .with("from", from.getValue()).with("to", to.getValue());
    }

    private AuditQuery query() {
        String actorName = actor.getValue().strip();
        return new AuditQuery(actorName.isEmpty() ? null : actorName, action.getValue(),
                startOf(from.getValue()), to.getValue() == null ? null : startOf(to.getValue().plusDays(1)));
    }

    private void refresh() {
        AuditQuery query = query();
        list.show((sort, page) -> names.load(audit.search(query, sort, page), AuditEvent::actor),
                () -> audit.count(query));
        total.setText(getTranslation("common.total", audit.count(query)));
    }

    private void verify() {
        try {
            ChainVerification verification = audit.verifyChain();
            chainResult.removeClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.TextColor.SUCCESS,
                    LumoUtility.TextColor.ERROR);
            if (verification.intact()) {
                chainResult.setText(getTranslation("admin.audit.chain.intact", verification.checked()));
                chainResult.addClassName(LumoUtility.TextColor.SUCCESS);
            } else {
                chainResult.setText(getTranslation("admin.audit.chain.broken",
                        String.valueOf(verification.firstBrokenId()),
                        AdminUi.labelOrCode(this, "admin.audit.chain.reason.", verification.reason()),
                        verification.checked()));
                chainResult.addClassName(LumoUtility.TextColor.ERROR);
            }
            chainResult.getElement().setAttribute("data-intact", String.valueOf(verification.intact()));
        } catch (BusinessException error) {
            AdminUi.showFailure(this, error);
        }
    }

    /** Days are taken in the province's time zone; "to" includes its whole day, so the bound is the next midnight. */
    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(UiSupport.ZONE).toInstant();
    }

    private static String target(AuditEvent event) {
        String type = event.targetType() == null ? "" : event.targetType();
        return event.targetId() == null ? type : type + " " + event.targetId();
    }

    private static String hashPrefix(AuditEvent event) {
        String hash = event.hash();
        if (hash == null) {
            return "";
        }
        return hash.length() <= HASH_PREFIX ? hash : hash.substring(0, HASH_PREFIX);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit") + " · " + getTranslation("app.title");
    }
}
