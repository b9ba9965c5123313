package cn.gov.ln.credit.webapp.filing;

import cn.gov.ln.credit.filing.Filing;
import cn.gov.ln.credit.filing.FilingListItem;
import cn.gov.ln.credit.filing.FilingQueries;
import cn.gov.ln.credit.filing.FilingQuery;
import cn.gov.ln.credit.filing.FilingSortKey;
import cn.gov.ln.credit.filing.FilingStatus;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.shared.Sort;
import cn.gov.ln.credit.webapp.lists.ExportColumns;
import cn.gov.ln.credit.webapp.lists.Sorting;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;

/**
 * Filings a page at a time, as officers and applicants list them, sorted on the server by the clicked column; a
 * click opens the case. Names wrap rather than being cut.
 */
class FilingGrid extends Grid<FilingListItem> {

    static final Sort<FilingSortKey> NEWEST_FIRST = Sort.descending(FilingSortKey.RECEIVED);

    private final FilingQueries filings;

    FilingGrid(FilingQueries filings) {
        this.filings = filings;
        addColumn(i -> i.filing().filingNo()).setHeader(getTranslation("filing.no")).setAutoWidth(true)
                .setSortable(true).setSortProperty(FilingSortKey.FILING_NO.name());
        addColumn(this::matter).setHeader(getTranslation("filing.matter")).setFlexGrow(2)
                .setTooltipGenerator(this::matter).setSortable(true).setSortProperty(FilingSortKey.MATTER.name());
        addColumn(FilingListItem::applicantName).setHeader(getTranslation("lists.filing.applicant")).setFlexGrow(2)
                .setTooltipGenerator(FilingListItem::applicantName).setSortable(true)
                .setSortProperty(FilingSortKey.APPLICANT.name());
        addComponentColumn(i -> UiSupport.badge(UiSupport.label(this, i.filing().status()), theme(i.filing())))
                .setHeader(getTranslation("filing.status")).setAutoWidth(true).setSortable(true)
                .setSortProperty(FilingSortKey.STATUS.name());
        addComponentColumn(i -> new Span(route(i)))
                .setHeader(getTranslation("filing.route")).setAutoWidth(true).setSortable(true)
                .setSortProperty(FilingSortKey.ROUTE.name());
        addColumn(i -> UiSupport.dateTime(i.filing().receivedAt())).setHeader(getTranslation("filing.received"))
                .setAutoWidth(true).setSortable(true).setSortProperty(FilingSortKey.RECEIVED.name());
        addColumn(i -> UiSupport.date(i.filing().dueOn())).setHeader(getTranslation("filing.dueOn"))
                .setAutoWidth(true).setSortable(true).setSortProperty(FilingSortKey.DUE_ON.name());
        addColumn(FilingGrid::papersDue).setHeader(getTranslation("filing.papersDueOn")).setAutoWidth(true);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setPageSize(100);
        addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(FilingDetailView.class,
                e.getItem().filing().id())));
    }

    /** Shows the filings sorted by the clicked column, for a list whose order is not kept in its URL. */
    void show(FilingQuery query) {
        setItems(q -> filings.list(query, Sorting.of(q, FilingSortKey.class, NEWEST_FIRST),
                new PageRequest(q.getOffset(), q.getLimit())).stream(), q -> (int) filings.count(query));
    }

    /** What the export writes: the columns as shown, with the received time and every deadline. */
    ExportColumns<FilingListItem> exportColumns() {
        return new ExportColumns<FilingListItem>()
                .add(getTranslation("filing.no"), i -> i.filing().filingNo())
                .add(getTranslation("filing.matter"), this::matter)
                .add(getTranslation("lists.filing.applicant"), FilingListItem::applicantName)
                .add(getTranslation("filing.status"), i -> UiSupport.label(this, i.filing().status()))
                .add(getTranslation("filing.route"), this::route)
                .add(getTranslation("filing.received"), i -> UiSupport.dateTime(i.filing().receivedAt()))
                .add(getTranslation("filing.dueOn"), i -> UiSupport.date(i.filing().dueOn()))
                .add(getTranslation("filing.papersDueOn"), FilingGrid::papersDue);
    }

    private String matter(FilingListItem item) {
        return item.matterName() == null ? item.filing().matterCode() : item.matterName();
    }

    private String route(FilingListItem item) {
        return item.filing().route() == null ? "—" : UiSupport.label(this, item.filing().route());
    }

    private static String papersDue(FilingListItem item) {
        Filing f = item.filing();
        return f.papersDueOn() == null || f.status() != FilingStatus.PAPERS_REQUESTED ? "" : UiSupport.date(
                f.papersDueOn());
    }

    private static String theme(Filing filing) {
        return filing.status() == FilingStatus.APPROVED ? "success"
                : filing.status() == FilingStatus.PAPERS_REQUESTED ? "error" : "";
    }
}
