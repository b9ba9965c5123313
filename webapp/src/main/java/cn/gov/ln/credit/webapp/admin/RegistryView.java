package cn.gov.ln.credit.webapp.admin;

import cn.gov.ln.credit.pledge.ChainReport;
import cn.gov.ln.credit.pledge.PledgeQueries;
import cn.gov.ln.credit.seal.SealService;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.MenuItem;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * The sealed pledge registry: every signing and later event is chained to the one before by its SM3 hash and
 * sealed with the platform's SM2 key. Re-verifying walks the whole chain and names the first entry that fails.
 */
@Route(value = "admin/registry", layout = MainLayout.class)
@RequiresPermissions(Permissions.REGISTRY_VERIFY)
@MenuItem(label = "nav.registry", icon = "vaadin:connect-o", order = 145, section = "nav.section.admin")
public class RegistryView extends VerticalLayout implements HasDynamicTitle {

    private final PledgeQueries pledges;
    private final Span result = new Span();

    public RegistryView(PledgeQueries pledges, SealService seal) {
        this.pledges = pledges;
        addClassName("registry-view");

        Paragraph explanation = new Paragraph(getTranslation("registry.explanation"));
        explanation.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
        explanation.setId("registry-explanation");
        Span key = new Span(getTranslation("registry.activeKey", seal.activeKeyId()));
        key.setId("registry-key");

        Button run = new Button(getTranslation("registry.verify"), VaadinIcon.SHIELD.create());
        run.setDisableOnClick(true);
        run.addClickListener(e -> {
            verify();
            run.setEnabled(true);
        });
        run.setId("registry-verify");
        result.setText(getTranslation("registry.notRun"));
        result.addClassName(LumoUtility.TextColor.SECONDARY);
        result.setId("registry-result");
        HorizontalLayout chain = new HorizontalLayout(run, result);
        chain.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        Paragraph certificateHint = new Paragraph(getTranslation("registry.certificateHint"));
        certificateHint.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Top.NONE);
        Pre pem = new Pre(seal.activeCertificatePem());
        pem.getStyle().set("font-family", "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace")
                .set("white-space", "pre-wrap").set("word-break", "break-all")
                .set("font-size", "var(--lumo-font-size-s)").set("margin", "0");
        pem.setId("registry-certificate-pem");
        Details certificate = new Details(getTranslation("registry.certificate"), certificateHint, pem);
        certificate.setWidthFull();
        certificate.setId("registry-certificate");

        add(new H2(getTranslation("nav.registry")), explanation, key, chain, certificate);
    }

    private void verify() {
        try {
            ChainReport report = pledges.verifyRegistry();
            result.removeClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.TextColor.SUCCESS,
                    LumoUtility.TextColor.ERROR);
            if (report.intact()) {
                result.setText(getTranslation("registry.intact", report.checked(), report.millis(),
                        report.entriesPerSecond()));
                result.addClassName(LumoUtility.TextColor.SUCCESS);
            } else {
                result.setText(getTranslation("registry.broken", String.valueOf(report.firstBrokenSeq()),
                        report.recordCode() == null ? getTranslation("registry.noRecordCode") : report.recordCode(),
                        AdminUi.labelOrCode(this, "registry.reason.", report.reason())));
                result.addClassName(LumoUtility.TextColor.ERROR);
            }
            result.getElement().setAttribute("data-intact", String.valueOf(report.intact()));
        } catch (BusinessException error) {
            AdminUi.showFailure(this, error);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.registry") + " · " + getTranslation("app.title");
    }
}
