package cn.gov.ln.credit.webapp.mycredit;

import cn.gov.ln.credit.creditreport.CreditReports;
import cn.gov.ln.credit.legaldocument.LegalDocument;
import cn.gov.ln.credit.legaldocument.LegalDocumentType;
import cn.gov.ln.credit.legaldocument.LegalDocuments;
import cn.gov.ln.credit.webapp.legaldocument.CasePapers;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;

/**
 * The subject's special credit reports (专项信用报告, 信用代证): a new one on request, stating what the platform
 * holds now, and the ones issued before; a new report opens on its own screen to download or print.
 */
class OwnReports extends VerticalLayout {

    static final int SHOWN = 20;

    OwnReports(CreditReports reports, LegalDocuments documents) {
        setPadding(false);
        setId("own-reports");
        Paragraph hint = new Paragraph(getTranslation("myCredit.report.hint"));
        hint.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
        Button issue = new Button(getTranslation("myCredit.report.issue"), VaadinIcon.FILE_TEXT_O.create(), e -> {
            LegalDocument report = reports.issueOwn();
            getUI().ifPresent(ui -> ui.navigate("documents/" + report.id()));
        });
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        issue.setDisableOnClick(true);
        issue.setId("report-issue");
        List<LegalDocument> issued = documents.mine(100).stream()
                .filter(d -> d.type() == LegalDocumentType.CREDIT_REPORT).limit(SHOWN).toList();
        add(new H3(getTranslation("myCredit.report.title")), hint, issue, new CasePapers(documents, issued));
    }
}
