package cn.gov.ln.credit.webapp.mycredit;

import cn.gov.ln.credit.evaluation.EvaluationService;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.ConflictException;
import cn.gov.ln.credit.webapp.evaluation.EvaluationPanel;
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.MenuItem;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * 我的信用评价: an organisation's own public credit evaluation, its factors with value and score, and its grade
 * history, as cards for a phone. A natural person is told they are not evaluated.
 */
@Route(value = "my-evaluation", layout = MainLayout.class)
@RequiresPermissions(Permissions.OWN_CREDIT_FILE)
@MenuItem(label = "nav.myEvaluation", icon = "vaadin:star-o", order = 6)
public class MyEvaluationView extends VerticalLayout implements HasDynamicTitle {

    public MyEvaluationView(EvaluationService evaluations) {
        addClassName("my-evaluation-view");
        Paragraph hint = new Paragraph(getTranslation("evaluation.hint"));
        hint.addClassName(LumoUtility.TextColor.SECONDARY);
        add(new H2(getTranslation("nav.myEvaluation")), hint);
        try {
            add(new EvaluationPanel(evaluations.mine()));
        } catch (ConflictException notEvaluated) {
            Paragraph none = new Paragraph(getTranslation(notEvaluated.messageKey()));
            none.setId("evaluation-none");
            add(none);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.myEvaluation") + " · " + getTranslation("app.title");
    }
}
