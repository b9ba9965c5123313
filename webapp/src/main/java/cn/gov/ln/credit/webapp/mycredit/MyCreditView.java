package cn.gov.ln.credit.webapp.mycredit;

import cn.gov.ln.credit.creditfile.CreditFileService;
import cn.gov.ln.credit.creditreport.CreditReports;
import cn.gov.ln.credit.legaldocument.LegalDocuments;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.MenuItem;
import cn.gov.ln.credit.webapp.subject.CreditFilePanel;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/** An applicant's own credit file: what the public credit record holds about them. */
@Route(value = "my-credit", layout = MainLayout.class)
@RequiresPermissions(Permissions.OWN_CREDIT_FILE)
@MenuItem(label = "nav.myCredit", icon = "vaadin:diploma", order = 5)
public class MyCreditView extends VerticalLayout implements HasDynamicTitle {

    public MyCreditView(CreditFileService creditFiles, CreditReports reports, LegalDocuments documents,
            AccessGuard guard) {
        addClassName("my-credit-view");
        Paragraph hint = new Paragraph(getTranslation("myCredit.hint"));
        hint.addClassName(LumoUtility.TextColor.SECONDARY);
        add(new H2(getTranslation("nav.myCredit")), hint, new CreditFilePanel(creditFiles.ownFile(), null));
        if (guard.isPermitted(Permissions.REPORT_OWN)) {
            add(new OwnReports(reports, documents));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.myCredit") + " · " + getTranslation("app.title");
    }
}
