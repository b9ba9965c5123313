package cn.gov.ln.credit.webapp.publicportal;

import cn.gov.ln.credit.inspection.InspectionResult;
import cn.gov.ln.credit.inspection.InspectionTasks;
import cn.gov.ln.credit.inspection.PublishedInspection;
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

/** 抽查结果公示: the results of random inspections of organisations (双随机、一公开), newest first. */
@Route(value = "public/inspections", layout = PublicLayout.class)
@AnonymousAllowed
public class PublicInspectionsView extends VerticalLayout implements HasDynamicTitle {

    public PublicInspectionsView(InspectionTasks inspections) {
        addClassName("public-inspections-view");
        setWidthFull();
        Paragraph explanation = new Paragraph(getTranslation("portal.inspections.explanation"));
        explanation.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
        CardList<PublishedInspection> list = new CardList<>(r -> new RecordCard(r.subjectName())
                .status(r.breachPending() ? getTranslation("portal.inspections.breachPending")
                        : UiSupport.label(this, r.result()), r.result() == InspectionResult.BREACH ? "error"
                        : "success")
                .fact(getTranslation("portal.uscc"), r.uscc())
                .fact(getTranslation("portal.inspections.department"), r.departmentName())
                .fact(getTranslation("portal.inspections.plan"), r.planTitle())
                .fact(getTranslation("portal.inspections.date"), UiSupport.date(r.inspectedOn()))
                .fact(getTranslation("portal.inspections.findings"), r.findings() == null ? "—" : r.findings()));
        list.setEmptyText(getTranslation("portal.inspections.empty"));
        list.setId("public-inspections-list");
        list.setItems((offset, limit) -> inspections.published(new PageRequest(offset, limit)),
                inspections::countPublished);
        add(new H2(getTranslation("portal.inspections.title")), explanation, list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.inspections.title") + " · " + getTranslation("app.title");
    }
}
