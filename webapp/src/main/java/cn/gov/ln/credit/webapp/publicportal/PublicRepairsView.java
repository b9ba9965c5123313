package cn.gov.ln.credit.webapp.publicportal;

import cn.gov.ln.credit.repair.PublicRepair;
import cn.gov.ln.credit.repair.RepairService;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.webapp.shell.CardList;
import cn.gov.ln.credit.webapp.shell.RecordCard;
import cn.gov.ln.credit.webapp.shell.UiSupport;
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
        setWidthFull();
        Paragraph explanation = new Paragraph(getTranslation("portal.repairs.explanation"));
        explanation.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
        CardList<PublicRepair> list = new CardList<>(r -> new RecordCard(r.subjectName())
                .status(getTranslation("enum.RepairStatus.GRANTED"), "success")
                .fact(getTranslation("repair.no"), r.repairNo())
                .fact(getTranslation("portal.uscc"), r.uscc())
                .fact(getTranslation("listing.reason"), r.listingReason())
                .fact(getTranslation("breach.basisNumber"), r.basisNumber())
                .fact(getTranslation("portal.repairs.date"), UiSupport.dateTime(r.decidedAt())));
        list.setEmptyText(getTranslation("portal.repairs.empty"));
        list.setId("public-repairs-list");
        list.setItems((offset, limit) -> repairs.published(new PageRequest(offset, limit)), repairs::countPublished);
        add(new H2(getTranslation("portal.repairs.title")), explanation, list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.repairs.title") + " · " + getTranslation("app.title");
    }
}
