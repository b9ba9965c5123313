package cn.gov.ln.credit.webapp.objection;

import cn.gov.ln.credit.legaldocument.CaseType;
import cn.gov.ln.credit.legaldocument.LegalDocuments;
import cn.gov.ln.credit.legaldocument.PaperNotices;
import cn.gov.ln.credit.listing.BreachTier;
import cn.gov.ln.credit.export.ListExports;
import cn.gov.ln.credit.objection.Objection;
import cn.gov.ln.credit.objection.Objection.ObjectionStatus;
import cn.gov.ln.credit.objection.ObjectionDecision;
import cn.gov.ln.credit.objection.ObjectionHandling;
import cn.gov.ln.credit.objection.ObjectionQueries;
import cn.gov.ln.credit.objection.ObjectionQuery;
import cn.gov.ln.credit.objection.ObjectionSortKey;
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
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.MenuItem;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * Objections to records of the credit officer's division, soonest reply first: verify with the source, then
 * correct, revoke or uphold with the reason; an answered objection shows its reply (异议处理答复书).
 */
@Route(value = ObjectionsView.ROUTE, layout = MainLayout.class)
@RequiresPermissions(Permissions.OBJECTION_HANDLE)
@MenuItem(label = "nav.objections", icon = "vaadin:comment-ellipsis", order = 24, section = "nav.section.credit")
public class ObjectionsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ROUTE = "objections";
    private static final String ALL = "all";
    private static final Sort<ObjectionSortKey> SOONEST_DUE = Sort.ascending(ObjectionSortKey.REPLY_DUE);

    private final ObjectionQueries queries;
    private final ObjectionHandling handling;
    private final LegalDocuments documents;
    private final PaperNotices paperNotices;
    private final Grid<Objection> grid = new Grid<>();
    private final SubjectService subjects;
    private final Select<ObjectionStatus> state = new Select<>();
    private final DateRangeFilter submitted;
    private final Span total = new Span();
    private final UrlFilteredList<Objection, ObjectionSortKey> list;

    public ObjectionsView(ObjectionQueries queries, ObjectionHandling handling, LegalDocuments documents,
            PaperNotices paperNotices, SubjectService subjects, Clock clock, ListExports exports,
            SavedFilterService savedFilters) {
        this.queries = queries;
        this.handling = handling;
        this.documents = documents;
        this.paperNotices = paperNotices;
        this.subjects = subjects;
        setSizeFull();
        state.setLabel(getTranslation("breach.status"));
        state.setItems(ObjectionStatus.values());
        state.setItemLabelGenerator(s -> UiSupport.label(this, s));
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("common.all"));
        state.setValue(ObjectionStatus.PENDING);
        state.setId("objections-state");
        state.addValueChangeListener(e -> filtersChanged());
        submitted = new DateRangeFilter(ROUTE, getTranslation("lists.objection.submitted"), this::filtersChanged);
        HorizontalLayout filters = new HorizontalLayout(state, submitted);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        grid.addColumn(Objection::objectionNo).setHeader(getTranslation("objection.no")).setAutoWidth(true)
                .setSortable(true).setSortProperty(ObjectionSortKey.OBJECTION_NO.name());
        grid.addColumn(this::subjectName).setHeader(getTranslation("filing.subject")).setFlexGrow(2)
                .setTooltipGenerator(this::subjectName).setSortable(true)
                .setSortProperty(ObjectionSortKey.SUBJECT.name());
        grid.addColumn(this::record).setHeader(getTranslation("objection.record")).setAutoWidth(true);
        grid.addColumn(o -> UiSupport.label(this, o.ground())).setHeader(getTranslation("objection.ground"))
                .setAutoWidth(true).setSortable(true).setSortProperty(ObjectionSortKey.GROUND.name());
        grid.addColumn(o -> UiSupport.dateTime(o.submittedAt())).setHeader(getTranslation("lists.objection.submitted"))
                .setAutoWidth(true).setSortable(true).setSortProperty(ObjectionSortKey.SUBMITTED.name());
        grid.addColumn(Objection::description).setHeader(getTranslation("objection.description")).setFlexGrow(3)
                .setTooltipGenerator(Objection::description);
        grid.addComponentColumn(o -> UiSupport.badge(UiSupport.date(o.replyDueOn()), o.isPending()
                && LocalDate.now(clock).isAfter(o.replyDueOn()) ? "error" : ""))
                .setHeader(getTranslation("objection.replyDue")).setAutoWidth(true).setSortable(true)
                .setSortProperty(ObjectionSortKey.REPLY_DUE.name());
        grid.addColumn(o -> UiSupport.label(this, o.status())).setHeader(getTranslation("breach.status"))
                .setAutoWidth(true).setSortable(true).setSortProperty(ObjectionSortKey.STATUS.name());
        grid.addComponentColumn(this::papersButton).setHeader(getTranslation("casePapers.title")).setAutoWidth(true);
        list = new UrlFilteredList<>(ROUTE, grid, ObjectionSortKey.class, SOONEST_DUE, 100, this::restore,
                this::filters, this::refresh);
        total.setId("objections-total");
        ExportLink export = new ExportLink(exports, "objections-export", () -> exportColumns().export(ROUTE,
                list.url().queryString(), page -> queries.search(query(), list.sort(), page)));
        HorizontalLayout tools = new HorizontalLayout(total, list.pageSizePicker(),
                new SavedFiltersMenu(savedFilters, ROUTE, list::url), export);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        grid.addItemClickListener(e -> {
            if (e.getItem().isPending()) {
                decide(e.getItem());
            }
        });
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("objections-grid");
        add(new H2(getTranslation("nav.objections")), filters, tools, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        list.enter(event);
    }

    private void restore(ListUrl url) {
        state.setValue(ALL.equals(url.text("state")) ? null : url.text("state") == null ? ObjectionStatus.PENDING
                : url.enumValue("state", ObjectionStatus.class));
        submitted.set(url.date("from"), url.date("to"));
    }

    private void filtersChanged() {
        list.filtersChanged();
    }

    private ListUrl filters() {
        return ListUrl.empty().with("state", state.getValue() == null ? ALL : state.getValue())
                .with("from", submitted.from()).with("to", submitted.to());
    }

    private ObjectionQuery query() {
        return new ObjectionQuery(state.getValue(), submitted.from(), submitted.to());
    }

    private void refresh() {
        ObjectionQuery query = query();
        list.show((sort, page) -> queries.search(query, sort, page), () -> queries.count(query));
        total.setText(getTranslation("common.total", queries.count(query)));
    }

    private String subjectName(Objection objection) {
        return subjects.lookup(objection.subjectId()).map(CreditSubject::name).orElse("");
    }

    private String record(Objection objection) {
        return UiSupport.label(this, objection.recordType()) + " #" + objection.recordId();
    }

    private ExportColumns<Objection> exportColumns() {
        return new ExportColumns<Objection>()
                .add(getTranslation("objection.no"), Objection::objectionNo)
                .add(getTranslation("filing.subject"), this::subjectName)
                .add(getTranslation("objection.record"), this::record)
                .add(getTranslation("objection.ground"), o -> UiSupport.label(this, o.ground()))
                .add(getTranslation("lists.objection.submitted"), o -> UiSupport.dateTime(o.submittedAt()))
                .add(getTranslation("objection.description"), Objection::description)
                .add(getTranslation("objection.replyDue"), o -> UiSupport.date(o.replyDueOn()))
                .add(getTranslation("breach.status"), o -> UiSupport.label(this, o.status()));
    }

    private void decide(Objection objection) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("objection.decide", objection.objectionNo()));
        Paragraph record = new Paragraph(getTranslation("objection.recordSays",
                queries.recordSummary(objection.id())));
        Paragraph grounds = new Paragraph(UiSupport.label(this, objection.ground()) + "：" + objection.description());
        RadioButtonGroup<Objection.ObjectionStatus> outcome =
                new RadioButtonGroup<>(getTranslation("objection.outcome"));
        outcome.setItems(List.of(Objection.ObjectionStatus.UPHELD, Objection.ObjectionStatus.CORRECTED,
                Objection.ObjectionStatus.REVOKED));
        outcome.setItemLabelGenerator(s -> UiSupport.label(this, s));
        outcome.setId("objection-outcome");
        TextArea corrected = new TextArea(getTranslation("objection.correctedText"));
        corrected.setMaxLength(500);
        corrected.setWidthFull();
        Select<BreachTier> tier = new Select<>();
        tier.setLabel(getTranslation("objection.correctedTier"));
        tier.setItems(BreachTier.values());
        tier.setItemLabelGenerator(t -> UiSupport.label(this, t));
        tier.setEmptySelectionAllowed(true);
        TextArea reason = new TextArea(getTranslation("objection.reason"));
        reason.setMaxLength(2000);
        reason.setWidthFull();
        reason.setId("objection-reason");
        Button ok = new Button(getTranslation("common.confirm"), e -> {
            try {
                handling.decide(objection.id(), new ObjectionDecision(outcome.getValue(), reason.getValue(),
                        corrected.getValue(), tier.getValue()));
                dialog.close();
                refresh();
            } catch (BusinessException error) {
                UiSupport.showError(this, error, Map.of("outcome", outcome, "reason", reason, "correctedText",
                        corrected, "correctedTier", tier));
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("objection-decide");
        dialog.add(new VerticalLayout(record, grounds, outcome, corrected, tier, reason));
        dialog.setWidth("40rem");
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    private Component papersButton(Objection objection) {
        if (objection.isPending()) {
            return new Span();
        }
        Button open = new Button(getTranslation("casePapers.open"), VaadinIcon.FILE_TEXT_O.create(),
                e -> papers(objection));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        open.setId("objection-papers-" + objection.id());
        return open;
    }

    private void papers(Objection objection) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("casePapers.ofCase", objection.objectionNo()));
        CasePapers papers = new CasePapers(documents, paperNotices, CaseType.OBJECTION, objection.id());
        papers.setId("objection-papers");
        dialog.add(papers);
        dialog.setWidth("36rem");
        dialog.setMaxWidth("100%");
        dialog.getFooter().add(new Button(getTranslation("common.close"), e -> dialog.close()));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.objections") + " · " + getTranslation("app.title");
    }
}
