package cn.gov.ln.credit.webapp.pledge;

import cn.gov.ln.credit.pledge.PledgeQueries;
import cn.gov.ln.credit.pledge.PledgeQuery;
import cn.gov.ln.credit.pledge.PledgeSortKey;
import cn.gov.ln.credit.pledge.PledgeView;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.shared.Sort;
import cn.gov.ln.credit.webapp.lists.Sorting;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

/**
 * The pledge list both applicants and officers use, loaded a page at a time and sorted on the server by a header
 * click; a click on a row opens the pledge.
 */
class PledgeGrid extends Grid<PledgeView> {

    static final Sort<PledgeSortKey> NEWEST_FIRST = Sort.descending(PledgeSortKey.SIGNED);

    private final PledgeQueries pledges;

    PledgeGrid(PledgeQueries pledges, boolean showPledger) {
        this.pledges = pledges;
        sortable(addColumn(v -> v.pledge().recordCode()).setHeader(getTranslation("pledge.recordCode"))
                .setFlexGrow(2), PledgeSortKey.CODE);
        if (showPledger) {
            sortable(addColumn(v -> v.pledge().pledgerName()).setHeader(getTranslation("pledge.pledger"))
                    .setFlexGrow(2), PledgeSortKey.SUBJECT);
            addColumn(PledgeView::identifierShown).setHeader(getTranslation("subject.identifier")).setFlexGrow(2);
        }
        addColumn(PledgeView::templateTitle).setHeader(getTranslation("pledge.template")).setFlexGrow(3);
        if (showPledger) {
            sortable(addColumn(PledgeGrid::matter).setHeader(getTranslation("pledge.matter")).setFlexGrow(2),
                    PledgeSortKey.MATTER);
        }
        sortable(addColumn(v -> UiSupport.date(v.pledge().pledgeDate())).setHeader(getTranslation("pledge.date")),
                PledgeSortKey.SIGNED);
        addColumn(v -> UiSupport.date(v.pledge().validUntil())).setHeader(getTranslation("pledge.validUntil"));
        addColumn(v -> UiSupport.label(this, v.pledge().status())).setHeader(getTranslation("pledge.status"));
        sortable(addColumn(this::fulfilment).setHeader(getTranslation("pledge.fulfillment")),
                PledgeSortKey.FULFILMENT);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(PledgeDetailView.class,
                e.getItem().pledge().recordCode())));
    }

    private void sortable(Column<PledgeView> column, PledgeSortKey key) {
        column.setSortable(true).setSortProperty(key.name());
    }

    static String matter(PledgeView view) {
        return view.matterName() == null ? "" : view.matterName();
    }

    String fulfilment(PledgeView view) {
        return view.pledge().fulfillmentStatus() == null ? ""
                : UiSupport.label(this, view.pledge().fulfillmentStatus());
    }

    void show(PledgeQuery query) {
        setItems(q -> pledges.search(query, Sorting.of(q, PledgeSortKey.class, NEWEST_FIRST),
                new PageRequest(q.getOffset(), q.getLimit())).stream(), q -> (int) pledges.count(query));
    }
}
