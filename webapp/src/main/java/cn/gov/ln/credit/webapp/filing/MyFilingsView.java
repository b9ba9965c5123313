package cn.gov.ln.credit.webapp.filing;

import cn.gov.ln.credit.filing.FilingQueries;
import cn.gov.ln.credit.filing.FilingQuery;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.MenuItem;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/** An applicant's own filings: where each stands, its deadlines, and papers they are asked to supply. */
@Route(value = "my-filings", layout = MainLayout.class)
@RequiresPermissions(Permissions.OWN_CREDIT_FILE)
@MenuItem(label = "nav.myFilings", icon = "vaadin:folder-open", order = 4)
public class MyFilingsView extends VerticalLayout implements HasDynamicTitle {

    public MyFilingsView(FilingQueries filings) {
        setSizeFull();
        Paragraph hint = new Paragraph(getTranslation("myFilings.hint"));
        hint.addClassName(LumoUtility.TextColor.SECONDARY);
        Button apply = new Button(getTranslation("nav.apply"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(FileApplicationView.class)));
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setId("my-filings-apply");
        FilingGrid grid = new FilingGrid(filings);
        grid.setId("my-filings-grid");
        grid.setSizeFull();
        grid.show(FilingQuery.ALL);
        add(new H2(getTranslation("nav.myFilings")), hint, apply, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.myFilings") + " · " + getTranslation("app.title");
    }
}
