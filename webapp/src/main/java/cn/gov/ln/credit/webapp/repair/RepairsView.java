package cn.gov.ln.credit.webapp.repair;

import cn.gov.ln.credit.export.ListExports;
import cn.gov.ln.credit.legaldocument.CaseType;
import cn.gov.ln.credit.legaldocument.LegalDocuments;
import cn.gov.ln.credit.legaldocument.PaperNotices;
import cn.gov.ln.credit.listing.ListEntry;
import cn.gov.ln.credit.listing.ListingService;
import cn.gov.ln.credit.repair.RepairApplication;
import cn.gov.ln.credit.repair.RepairApplication.RepairStatus;
import cn.gov.ln.credit.repair.RepairQuery;
import cn.gov.ln.credit.repair.RepairService;
import cn.gov.ln.credit.repair.RepairSortKey;
import cn.gov.ln.credit.savedfilter.SavedFilterService;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.shared.Sort;
import cn.gov.ln.credit.subject.CreditSubject;
import cn.gov.ln.credit.subject.SubjectService;
import cn.gov.ln.credit.webapp.legaldocument.CasePapers;
import cn.gov.ln.credit.webapp.lists.DateRangeFilter;
import cn.gov.ln.credit.webapp.lists.ExportColumns;
import cn.gov.ln.credit.webapp.lists.ExportLink;
import cn.gov.ln.credit.webapp.lists.ListUrl;
import cn.gov.ln.credit.webapp.lists.SavedFiltersMenu;
import cn.gov.ln.credit.webapp.lists.UrlFilteredList;
import cn.gov.ln.credit.webapp.pledge.PledgeDetailView;
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.MenuItem;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.StreamResource;
import java.io.ByteArrayInputStream;
import java.util.Map;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * Repair applications of the credit officer's division: the materials, then grant or refuse with the reason; a
 * decided application shows its decision (信用修复决定书 or 不予信用修复决定书).
 */
@Route(value = RepairsView.ROUTE, layout = MainLayout.class)
@RequiresPermissions(Permissions.REPAIR_HANDLE)
@MenuItem(label = "nav.repairs", icon = "vaadin:refresh", order = 26, section = "nav.section.credit")
public class RepairsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ROUTE = "repairs";
    private static final String ALL = "all";
    private static final Sort<RepairSortKey> OLDEST_FIRST = Sort.ascending(RepairSortKey.SUBMITTED);

    private final RepairService repairs;
    private final ListingService listings;
    private final LegalDocuments documents;
    private final PaperNotices paperNotices;
    private final Grid<RepairApplication> grid = new Grid<>();
    private final SubjectService subjects;
    private final Select<RepairStatus> state = new Select<>();
    private final DateRangeFilter submitted;
    private final Span total = new Span();
    private final UrlFilteredList<RepairApplication, RepairSortKey> list;

    public RepairsView(RepairService repairs, ListingService listings, LegalDocuments documents,
            PaperNotices paperNotices, SubjectService subjects, ListExports exports, SavedFilterService savedFilters) {
        this.repairs = repairs;
        this.listings = listings;
        this.documents = documents;
        this.paperNotices = paperNotices;
        this.subjects = subjects;
        setSizeFull();
        state.setLabel(getTranslation("breach.status"));
        state.setItems(RepairStatus.values());
        state.setItemLabelGenerator(s -> UiSupport.label(this, s));
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("common.all"));
        state.setValue(RepairStatus.PENDING);
        state.setId("repairs-state");
        state.addValueChangeListener(e -> filtersChanged());
        submitted = new DateRangeFilter(ROUTE, getTranslation("repair.submitted"), this::filtersChanged);
        HorizontalLayout filters = new HorizontalLayout(state, submitted);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        grid.addColumn(RepairApplication::repairNo).setHeader(getTranslation("repair.no")).setAutoWidth(true)
                .setSortable(true).setSortProperty(RepairSortKey.REPAIR_NO.name());
        grid.addColumn(this::subjectName).setHeader(getTranslation("filing.subject")).setFlexGrow(2)
                .setTooltipGenerator(this::subjectName).setSortable(true).setSortProperty(RepairSortKey.SUBJECT.name());
        grid.addColumn(a -> UiSupport.dateTime(a.submittedAt())).setHeader(getTranslation("repair.submitted"))
                .setAutoWidth(true).setSortable(true).setSortProperty(RepairSortKey.SUBMITTED.name());
        grid.addColumn(RepairApplication::statement).setHeader(getTranslation("repair.statement")).setFlexGrow(3)
                .setTooltipGenerator(RepairApplication::statement);
        grid.addColumn(a -> UiSupport.label(this, a.status())).setHeader(getTranslation("breach.status"))
                .setAutoWidth(true).setSortable(true).setSortProperty(RepairSortKey.STATUS.name());
        grid.addComponentColumn(this::papersButton).setHeader(getTranslation("casePapers.title")).setAutoWidth(true);
        list = new UrlFilteredList<>(ROUTE, grid, RepairSortKey.class, OLDEST_FIRST, 100, this::restore,
                this::filters, this::refresh);
        total.setId("repairs-total");
        ExportLink export = new ExportLink(exports, "repairs-export", () -> new ExportColumns<RepairApplication>()
                .add(getTranslation("repair.no"), RepairApplication::repairNo)
                .add(getTranslation("filing.subject"), this::subjectName)
                .add(getTranslation("repair.submitted"), a -> UiSupport.dateTime(a.submittedAt()))
                .add(getTranslation("repair.statement"), RepairApplication::statement)
                .add(getTranslation("breach.status"), a -> UiSupport.label(this, a.status()))
                .export(ROUTE, list.url().queryString(), page -> repairs.search(query(), list.sort(), page)));
        HorizontalLayout tools = new HorizontalLayout(total, list.pageSizePicker(),
                new SavedFiltersMenu(savedFilters, ROUTE, list::url), export);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        grid.addItemClickListener(e -> {
            if (e.getItem().status() == RepairApplication.RepairStatus.PENDING) {
                decide(e.getItem());
            }
        });
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("repairs-grid");
        add(new H2(getTranslation("nav.repairs")), filters, tools, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        list.enter(event);
    }

    private void restore(ListUrl url) {
        state.setValue(ALL.equals(url.text("state")) ? null : url.text("state") == null ? RepairStatus.PENDING
                : url.enumValue("state", RepairStatus.class));
        submitted.set(url.date("from"), url.date("to"));
    }

    private void filtersChanged() {
        list.filtersChanged();
    }

    private ListUrl filters() {
        return ListUrl.empty().with("state", state.getValue() == null ? ALL : state.getValue())
                .with("from", submitted.from()).with("to", submitted.to());
    }

    private RepairQuery query() {
        return new RepairQuery(state.getValue(), submitted.from(), submitted.to());
    }

    private void refresh() {
        RepairQuery query = query();
        list.show((sort, page) -> repairs.search(query, sort, page), () -> repairs.count(query));
        total.setText(getTranslation("common.total", repairs.count(query)));
    }

    private String subjectName(RepairApplication application) {
        return subjects.lookup(application.subjectId()).map(CreditSubject::name).orElse("");
    }

    private void decide(RepairApplication application) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("repair.decide", application.repairNo()));
        ListEntry entry = listings.get(application.listEntryId());
        StreamResource resource = new StreamResource("proof-" + application.repairNo(),
                () -> new ByteArrayInputStream(repairs.proof(application.id())));
        Anchor proof = new Anchor(resource, getTranslation("repair.proof"));
        proof.getElement().setAttribute("download", true);
        RouterLink pledge = new RouterLink(getTranslation("repair.pledge") + " " + application.pledgeCode(),
                PledgeDetailView.class, application.pledgeCode());
        TextArea reason = new TextArea(getTranslation("repair.reason"));
        reason.setMaxLength(1000);
        reason.setWidthFull();
        reason.setId("repair-reason");
        Button grant = new Button(getTranslation("repair.grant"), e -> decide(dialog, application, true, reason));
        grant.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grant.setId("repair-grant");
        Button refuse = new Button(getTranslation("repair.refuse"), e -> decide(dialog, application, false, reason));
        refuse.addThemeVariants(ButtonVariant.LUMO_ERROR);
        refuse.setId("repair-refuse");
        dialog.add(new VerticalLayout(new Paragraph(entry.reason() + " · " + entry.basisNumber() + " · "
                + UiSupport.label(this, entry.tier())), new Paragraph(application.statement()),
                new HorizontalLayout(proof, pledge), reason));
        dialog.setWidth("40rem");
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), refuse, grant);
        dialog.open();
    }

    private void decide(Dialog dialog, RepairApplication application, boolean grant, TextArea reason) {
        try {
            repairs.decide(application.id(), grant, reason.getValue());
            dialog.close();
            refresh();
        } catch (BusinessException error) {
            UiSupport.showError(this, error, Map.of("reason", reason));
        }
    }

    private Component papersButton(RepairApplication application) {
        if (application.status() == RepairApplication.RepairStatus.PENDING) {
            return new Span();
        }
        Button open = new Button(getTranslation("casePapers.open"), VaadinIcon.FILE_TEXT_O.create(),
                e -> papers(application));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        open.setId("repair-papers-" + application.id());
        return open;
    }

    private void papers(RepairApplication application) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("casePapers.ofCase", application.repairNo()));
        CasePapers papers = new CasePapers(documents, paperNotices, CaseType.REPAIR, application.id());
        papers.setId("repair-papers");
        dialog.add(papers);
        dialog.setWidth("36rem");
        dialog.setMaxWidth("100%");
        dialog.getFooter().add(new Button(getTranslation("common.close"), e -> dialog.close()));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.repairs") + " · " + getTranslation("app.title");
    }
}
