package cn.gov.ln.credit.webapp.breach;

import cn.gov.ln.credit.breach.Breach;
import cn.gov.ln.credit.breach.BreachService;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.subject.CreditSubject;
import cn.gov.ln.credit.subject.SubjectService;
import cn.gov.ln.credit.webapp.filing.FilingDetailView;
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
 * Breaches raised in the credit officer's division — by verification of pledges found false — waiting for the
 * determination under due process that the joint penalty work carries out.
 */
@Route(value = "breaches", layout = MainLayout.class)
@RequiresPermissions(Permissions.BREACH_READ)
@MenuItem(label = "nav.breaches", icon = "vaadin:warning", order = 22, section = "nav.section.credit")
public class BreachesView extends VerticalLayout implements HasDynamicTitle {

    public BreachesView(BreachService breaches, SubjectService subjects) {
        setSizeFull();
        Paragraph hint = new Paragraph(getTranslation("breaches.hint"));
        hint.addClassName(LumoUtility.TextColor.SECONDARY);
        Grid<Breach> grid = new Grid<>();
        grid.addColumn(b -> UiSupport.dateTime(b.raisedAt())).setHeader(getTranslation("breach.raisedAt"))
                .setAutoWidth(true);
        grid.addColumn(b -> subjects.lookup(b.subjectId()).map(CreditSubject::name).orElse(""))
                .setHeader(getTranslation("filing.subject")).setFlexGrow(2);
        grid.addColumn(b -> getTranslation("breach.source." + b.source())).setHeader(getTranslation("breach.source"))
                .setAutoWidth(true);
        grid.addColumn(Breach::description).setHeader(getTranslation("breach.description")).setFlexGrow(4);
        grid.addColumn(b -> b.pledgeCode() == null ? "" : b.pledgeCode()).setHeader(getTranslation("filing.pledge"))
                .setAutoWidth(true);
        grid.addColumn(b -> getTranslation("breach.status." + b.status())).setHeader(getTranslation("breach.status"))
                .setAutoWidth(true);
        grid.setItems(q -> breaches.search(new PageRequest(q.getOffset(), q.getLimit())).stream(),
                q -> (int) breaches.count());
        grid.addItemClickListener(e -> {
            if (e.getItem().filingId() != null) {
                getUI().ifPresent(ui -> ui.navigate(FilingDetailView.class, e.getItem().filingId()));
            }
        });
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("breaches-grid");
        add(new H2(getTranslation("nav.breaches")), hint, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.breaches") + " · " + getTranslation("app.title");
    }
}
