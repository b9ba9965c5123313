package cn.gov.ln.credit.webapp.pledge;

import cn.gov.ln.credit.pledge.PledgeQueries;
import cn.gov.ln.credit.pledge.PledgeQuery;
import cn.gov.ln.credit.pledge.PledgeView;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

/** The pledge list both applicants and officers use, loaded a page at a time; a click opens the pledge. */
class PledgeGrid extends Grid<PledgeView> {

    private final PledgeQueries pledges;

    PledgeGrid(PledgeQueries pledges, boolean showPledger) {
        this.pledges = pledges;
        addColumn(v -> v.pledge().recordCode()).setHeader(getTranslation("pledge.recordCode")).setFlexGrow(2);
        if (showPledger) {
            addColumn(v -> v.pledge().pledgerName()).setHeader(getTranslation("pledge.pledger")).setFlexGrow(2);
            addColumn(PledgeView::identifierShown).setHeader(getTranslation("subject.identifier")).setFlexGrow(2);
        }
        addColumn(PledgeView::templateTitle).setHeader(getTranslation("pledge.template")).setFlexGrow(3);
        addColumn(v -> UiSupport.date(v.pledge().pledgeDate())).setHeader(getTranslation("pledge.date"));
        addColumn(v -> UiSupport.date(v.pledge().validUntil())).setHeader(getTranslation("pledge.validUntil"));
        addColumn(v -> UiSupport.label(this, v.pledge().status())).setHeader(getTranslation("pledge.status"));
        addColumn(v -> v.pledge().fulfillmentStatus() == null ? "" : UiSupport.label(this,
                v.pledge().fulfillmentStatus())).setHeader(getTranslation("pledge.fulfillment"));
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(PledgeDetailView.class,
                e.getItem().pledge().recordCode())));
    }

    void show(PledgeQuery query) {
        setItems(q -> pledges.search(query, new PageRequest(q.getOffset(), q.getLimit())).stream(),
                q -> (int) pledges.count(query));
    }
}
