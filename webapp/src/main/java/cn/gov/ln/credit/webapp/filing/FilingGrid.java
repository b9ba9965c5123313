package cn.gov.ln.credit.webapp.filing;

import cn.gov.ln.credit.filing.Filing;
import cn.gov.ln.credit.filing.FilingQueries;
import cn.gov.ln.credit.filing.FilingQuery;
import cn.gov.ln.credit.filing.FilingStatus;
import cn.gov.ln.credit.matter.MatterService;
import cn.gov.ln.credit.matter.PermitMatter;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;

/** Filings a page at a time, as officers and applicants list them; a click opens the case. */
class FilingGrid extends Grid<Filing> {

    private final FilingQueries filings;

    FilingGrid(FilingQueries filings, MatterService matters) {
        this.filings = filings;
        addColumn(Filing::filingNo).setHeader(getTranslation("filing.no")).setAutoWidth(true);
        addColumn(f -> matters.find(f.matterCode()).map(PermitMatter::name).orElse(f.matterCode()))
                .setHeader(getTranslation("filing.matter")).setFlexGrow(2);
        addComponentColumn(f -> UiSupport.badge(UiSupport.label(this, f.status()), f.status() == FilingStatus.APPROVED
                ? "success" : f.status() == FilingStatus.PAPERS_REQUESTED ? "error" : ""))
                .setHeader(getTranslation("filing.status")).setAutoWidth(true);
        addComponentColumn(f -> f.route() == null ? new Span("—") : new Span(UiSupport.label(this, f.route())))
                .setHeader(getTranslation("filing.route")).setAutoWidth(true);
        addColumn(f -> UiSupport.dateTime(f.receivedAt())).setHeader(getTranslation("filing.received"))
                .setAutoWidth(true);
        addColumn(f -> UiSupport.date(f.dueOn())).setHeader(getTranslation("filing.dueOn")).setAutoWidth(true);
        addColumn(f -> f.papersDueOn() == null || f.status() != FilingStatus.PAPERS_REQUESTED ? ""
                : UiSupport.date(f.papersDueOn())).setHeader(getTranslation("filing.papersDueOn")).setAutoWidth(true);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(FilingDetailView.class, e.getItem().id())));
    }

    void show(FilingQuery query) {
        setItems(q -> filings.search(query, new PageRequest(q.getOffset(), q.getLimit())).stream(),
                q -> (int) filings.count(query));
    }
}
