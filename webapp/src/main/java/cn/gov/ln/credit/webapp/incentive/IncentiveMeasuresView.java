package cn.gov.ln.credit.webapp.incentive;

import cn.gov.ln.credit.department.DepartmentService;
import cn.gov.ln.credit.division.DivisionCodes;
import cn.gov.ln.credit.incentive.IncentiveMeasure;
import cn.gov.ln.credit.incentive.IncentiveService;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.MenuItem;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * The joint incentive measure catalogue (守信激励措施清单), read-only: each measure with its legal basis and the
 * department line that applies it to red-listed subjects.
 */
@Route(value = "incentive-measures", layout = MainLayout.class)
@RequiresPermissions(Permissions.MEASURE_READ)
@MenuItem(label = "nav.incentiveMeasures", icon = "vaadin:list-ul", order = 116, section = "nav.section.admin")
public class IncentiveMeasuresView extends VerticalLayout implements HasDynamicTitle {

    public IncentiveMeasuresView(IncentiveService incentives, DepartmentService departments) {
        setSizeFull();
        Paragraph hint = new Paragraph(getTranslation("incentive.measures.hint"));
        hint.addClassName(LumoUtility.TextColor.SECONDARY);
        Grid<IncentiveMeasure> grid = new Grid<>();
        grid.addColumn(IncentiveMeasure::code).setHeader(getTranslation("incentive.measure.code")).setAutoWidth(true);
        grid.addColumn(m -> getTranslation("incentive.catalogue." + m.catalogue()))
                .setHeader(getTranslation("incentive.measure.catalogue")).setAutoWidth(true);
        grid.addColumn(m -> departments.findByCode(DivisionCodes.PROVINCE + "-" + m.lineCode())
                .map(d -> d.shortName() == null ? d.name() : d.shortName()).orElse(m.lineCode()))
                .setHeader(getTranslation("incentive.measure.line")).setAutoWidth(true);
        grid.addColumn(IncentiveMeasure::area).setHeader(getTranslation("incentive.measure.area")).setAutoWidth(true);
        grid.addColumn(IncentiveMeasure::content).setHeader(getTranslation("incentive.measure.content"))
                .setFlexGrow(3);
        grid.addColumn(IncentiveMeasure::legalBasis).setHeader(getTranslation("incentive.measure.legalBasis"))
                .setFlexGrow(3);
        grid.addComponentColumn(m -> UiSupport.badge(getTranslation(m.active() ? "incentive.measure.active"
                : "incentive.measure.inactive"), m.active() ? "success" : "contrast"))
                .setHeader(getTranslation("listing.status")).setAutoWidth(true);
        grid.setItems(incentives.measures());
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        grid.setId("incentive-measures-grid");
        add(new H2(getTranslation("nav.incentiveMeasures")), hint, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.incentiveMeasures") + " · " + getTranslation("app.title");
    }
}
