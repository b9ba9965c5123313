package cn.gov.ln.credit.webapp.dashboard;

import cn.gov.ln.credit.dashboard.DashboardService;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.MenuItem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import org.apache.shiro.authz.annotation.Logical;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/** The credit office's figures of its division, each leading to the list behind it. */
@Route(value = "dashboard/credit", layout = MainLayout.class)
@RequiresPermissions(value = {Permissions.DASHBOARD_VIEW, Permissions.PENALTY_READ}, logical = Logical.AND)
@MenuItem(label = "dashboard.nav.credit", icon = "vaadin:chart-grid", order = 0, section = "nav.section.credit")
@StyleSheet("context://styles/dashboard.css")
public class CreditDashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DashboardService dashboard;

    public CreditDashboardView(DashboardService dashboard) {
        this.dashboard = dashboard;
        addClassNames("dashboard-view", "credit-dashboard");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        CreditCharts charts = new CreditCharts(this, dashboard.credit(), false, Integer.MAX_VALUE);
        add(new H2(getTranslation("dashboard.credit.title")),
                DashboardPage.cards(charts.cards().toArray(Component[]::new)),
                DashboardPage.panels(charts.panels().toArray(Component[]::new)), new DashboardLinks());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.credit.title") + " · " + getTranslation("app.title");
    }
}
