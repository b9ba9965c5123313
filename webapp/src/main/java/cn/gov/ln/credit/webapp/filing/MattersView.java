package cn.gov.ln.credit.webapp.filing;

import cn.gov.ln.credit.department.DepartmentService;
import cn.gov.ln.credit.matter.MatterService;
import cn.gov.ln.credit.matter.PermitMatter;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.webapp.lists.LineNames;
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.MenuItem;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Route;
import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * The catalogue of permit matters: who handles each, whether a pledge may replace the certificates (and which
 * are excluded as high-risk), the papers required and the statutory time limit in working days; a row opens the
 * matter's full guide (conditions, materials, fees), as applicants and the public read it.
 */
@Route(value = "matters", layout = MainLayout.class)
@RequiresPermissions(Permissions.MATTER_READ)
@MenuItem(label = "nav.matters", icon = "vaadin:book", order = 25, section = "nav.section.work")
public class MattersView extends VerticalLayout implements HasDynamicTitle {

    public MattersView(MatterService matters, DepartmentService departments) {
        setSizeFull();
        Grid<PermitMatter> grid = new Grid<>();
        grid.addColumn(PermitMatter::code).setHeader(getTranslation("matter.code")).setAutoWidth(true)
                .setComparator(PermitMatter::code);
        grid.addColumn(PermitMatter::name).setHeader(getTranslation("matter.name")).setFlexGrow(2)
                .setComparator(Comparator.comparing(PermitMatter::name, Collator.getInstance(Locale.CHINA)));
        LineNames lines = new LineNames(departments.all());
        grid.addColumn(m -> lines.of(m.lineCode())).setHeader(getTranslation("matter.line"))
                .setAutoWidth(true).setComparator(PermitMatter::lineCode);
        grid.addComponentColumn(m -> m.highRisk() ? UiSupport.badge(getTranslation("matter.highRisk"), "error")
                : m.inLieuAllowed() ? UiSupport.badge(getTranslation("matter.inLieu"), "success")
                        : new Span(getTranslation("matter.noInLieu"))).setHeader(getTranslation("matter.pledge"))
                .setAutoWidth(true).setComparator(m -> m.highRisk() ? 2 : m.inLieuAllowed() ? 0 : 1);
        grid.addColumn(m -> String.join("；", m.papers())).setHeader(getTranslation("matter.papers")).setFlexGrow(4);
        grid.addColumn(PermitMatter::statutoryDays).setHeader(getTranslation("matter.days")).setAutoWidth(true)
                .setComparator(PermitMatter::statutoryDays);
        grid.addColumn(PermitMatter::legalBasis).setHeader(getTranslation("matter.basis")).setFlexGrow(2);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(m -> new MatterGuide(m, lines.of(m.lineCode()),
                "guide-" + m.code())));
        grid.setItems(matters.all());
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setId("matters-grid");
        add(new H2(getTranslation("nav.matters")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.matters") + " · " + getTranslation("app.title");
    }
}
