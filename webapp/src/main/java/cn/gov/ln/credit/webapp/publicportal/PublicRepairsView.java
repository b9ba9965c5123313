package cn.gov.ln.credit.webapp.publicportal;

import cn.gov.ln.credit.repair.PublicRepair;
import cn.gov.ln.credit.repair.RepairService;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** Granted credit repairs of organisations: the listing no longer published, and when it was repaired. */
@Route(value = "public/repairs", layout = PublicLayout.class)
@AnonymousAllowed
public class PublicRepairsView extends VerticalLayout implements HasDynamicTitle {

    public PublicRepairsView(RepairService repairs) {
        addClassName("public-repairs-view");
        setSizeFull();
        Paragraph explanation = new Paragraph(getTranslation("portal.repairs.explanation"));
        explanation.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
        Grid<PublicRepair> grid = new Grid<>();
        grid.addColumn(PublicRepair::repairNo).setHeader(getTranslation("repair.no")).setAutoWidth(true);
        grid.addColumn(PublicRepair::subjectName).setHeader(getTranslation("portal.pledger")).setFlexGrow(2);
        grid.addColumn(PublicRepair::uscc).setHeader(getTranslation("portal.uscc")).setAutoWidth(true);
        grid.addColumn(PublicRepair::listingReason).setHeader(getTranslation("listing.reason")).setFlexGrow(3);
        grid.addColumn(PublicRepair::basisNumber).setHeader(getTranslation("breach.basisNumber")).setAutoWidth(true);
        grid.addColumn(r -> UiSupport.dateTime(r.decidedAt())).setHeader(getTranslation("portal.repairs.date"))
                .setAutoWidth(true);
        grid.setItems(q -> repairs.published(new PageRequest(q.getOffset(), q.getLimit())).stream(),
                q -> (int) repairs.countPublished());
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("portal.repairs.empty"));
        grid.setId("public-repairs-grid");
        grid.setSizeFull();
        add(new H2(getTranslation("portal.repairs.title")), explanation, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.repairs.title") + " · " + getTranslation("app.title");
    }
}
