package cn.gov.ln.credit.webapp.pledge;

import cn.gov.ln.credit.pledge.PledgeQueries;
import cn.gov.ln.credit.pledge.PledgeQuery;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.MenuItem;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/** An applicant's own pledges, newest first, with their status and fulfilment. */
@Route(value = "my-pledges", layout = MainLayout.class)
@RequiresPermissions(Permissions.PLEDGE_SIGN)
@MenuItem(label = "nav.myPledges", icon = "vaadin:records", order = 7)
public class MyPledgesView extends VerticalLayout implements HasDynamicTitle {

    public MyPledgesView(PledgeQueries pledges) {
        addClassName("my-pledges-view");
        setSizeFull();
        PledgeGrid grid = new PledgeGrid(pledges, false);
        grid.setId("my-pledges-grid");
        grid.setSizeFull();
        grid.show(PledgeQuery.ALL);
        Button sign = new Button(getTranslation("nav.signPledge"), VaadinIcon.PENCIL.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(SignPledgeView.class)));
        sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("nav.myPledges")), sign, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.myPledges") + " · " + getTranslation("app.title");
    }
}
