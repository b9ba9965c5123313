package cn.gov.ln.credit.webapp.mycredit;

import cn.gov.ln.credit.breach.BreachQueries;
import cn.gov.ln.credit.creditfile.CreditFileService;
import cn.gov.ln.credit.creditreport.CreditReports;
import cn.gov.ln.credit.filing.FilingQueries;
import cn.gov.ln.credit.legaldocument.LegalDocuments;
import cn.gov.ln.credit.objection.ObjectionQueries;
import cn.gov.ln.credit.pledge.PledgeQueries;
import cn.gov.ln.credit.repair.RepairService;
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

/**
 * An applicant's own credit file: what the public credit record holds about them, and their figures (open notices,
 * pledges in force and the like), each a link to the records behind it.
 */
@Route(value = "my-credit", layout = MainLayout.class)
@RequiresPermissions(Permissions.OWN_CREDIT_FILE)
@MenuItem(label = "nav.myCredit", icon = "vaadin:diploma", order = 5)
public class MyCreditView extends VerticalLayout implements HasDynamicTitle {

    public MyCreditView(CreditFileService creditFiles, CreditReports reports, LegalDocuments documents,
            AccessGuard guard, BreachQueries breaches, ObjectionQueries objections, RepairService repairs,
            PledgeQueries pledges, FilingQueries filings) {
        addClassName("my-credit-view");
        Paragraph hint = new Paragraph(getTranslation("myCredit.hint"));
        hint.addClassName(LumoUtility.TextColor.SECONDARY);
        add(new H2(getTranslation("nav.myCredit")), hint,
                new OwnCounts(new OwnCounts.Sources(breaches, objections, repairs, pledges, filings, guard)),
                CreditFilePanel.asCards(creditFiles.ownFile()));
        if (guard.isPermitted(Permissions.REPORT_OWN)) {
            add(new OwnReports(reports, documents));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.myCredit") + " · " + getTranslation("app.title");
    }
}
