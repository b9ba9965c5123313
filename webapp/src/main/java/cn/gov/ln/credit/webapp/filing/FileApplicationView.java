package cn.gov.ln.credit.webapp.filing;

import cn.gov.ln.credit.department.Department;
import cn.gov.ln.credit.filing.Filing;
import cn.gov.ln.credit.filing.FilingOptions;
import cn.gov.ln.credit.filing.FilingService;
import cn.gov.ln.credit.filing.NewFiling;
import cn.gov.ln.credit.matter.PermitMatter;
import cn.gov.ln.credit.pledge.PledgeView;
import cn.gov.ln.credit.pledgetemplate.PledgeTemplateService;
import cn.gov.ln.credit.pledgetemplate.PublishedTemplate;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.ActorKind;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.shared.NotFoundException;
import cn.gov.ln.credit.webapp.lists.LineNames;
import cn.gov.ln.credit.department.DepartmentService;
import cn.gov.ln.credit.webapp.pledge.SignPledgeView;
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.MenuItem;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * Filing an application for a permit matter: the applicant online, or an intake officer at the window for a
 * subject they name. Once a matter is chosen its guide shows (conditions, materials, time limit, fees, handling
 * department, the pledge route) and each material of its catalogue gets an upload; the application and its files
 * are submitted together. Where the matter allows it and the applicant has signed the matter's pledge to that
 * department, the pledge may replace the certificates it covers. Fields stack on a phone.
 */
@Route(value = "apply", layout = MainLayout.class)
@RequiresPermissions(Permissions.FILING_FILE)
@MenuItem(label = "nav.apply", icon = "vaadin:file-add", order = 3)
@StyleSheet("context://styles/journey.css")
public class FileApplicationView extends VerticalLayout implements HasDynamicTitle {

    private final FilingService filings;
    private final FilingOptions options;
    private final PledgeTemplateService templates;
    private final LineNames lines;
    private final Actor actor;
    private final ComboBox<PermitMatter> matter = new ComboBox<>();
    private final TextField subject = new TextField();
    private final Div details = new Div();
    private final Checkbox inLieu = new Checkbox();
    private final ComboBox<PledgeView> pledge = new ComboBox<>();
    private final VerticalLayout inLieuBox = new VerticalLayout();
    private final Div materialsBox = new Div();
    private MaterialUploads materials;

    public FileApplicationView(FilingService filings, FilingOptions options, PledgeTemplateService templates,
            DepartmentService departments, AccessGuard guard) {
        this.filings = filings;
        this.options = options;
        this.templates = templates;
        this.lines = new LineNames(departments.all());
        this.actor = guard.current();
        addClassName("file-application-view");
        matter.setLabel(getTranslation("filing.matter"));
        matter.setItems(options.matters());
        matter.setItemLabelGenerator(m -> m.name() + "（" + m.code() + "）");
        matter.setWidthFull();
        matter.getStyle().set("max-width", "30rem");
        matter.setId("apply-matter");
        matter.setRequired(true);
        matter.addValueChangeListener(e -> showMatter(e.getValue()));
        subject.setLabel(getTranslation("filing.subjectIdentifier"));
        subject.setMaxLength(18);
        subject.setWidthFull();
        subject.getStyle().set("max-width", "16rem");
        subject.setId("apply-subject");
        subject.setVisible(actor.kind() != ActorKind.APPLICANT);
        inLieu.setLabel(getTranslation("apply.inLieu"));
        inLieu.setId("apply-inlieu");
        inLieu.addValueChangeListener(e -> {
            inLieuBox.setVisible(e.getValue());
            if (materials != null) {
                materials.filingOnPledge(e.getValue());
            }
        });
        pledge.setLabel(getTranslation("apply.pledge"));
        pledge.setItemLabelGenerator(p -> p.pledge().recordCode() + " · " + p.templateTitle() + " · "
                + UiSupport.date(p.pledge().pledgeDate()));
        pledge.setWidthFull();
        pledge.getStyle().set("max-width", "30rem");
        pledge.setId("apply-pledge");
        inLieuBox.setPadding(false);
        inLieuBox.setVisible(false);
        inLieu.setVisible(false);
        Button submit = new Button(getTranslation("apply.submit"), VaadinIcon.PAPERPLANE.create(), e -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("apply-submit");
        FormLayout form = new FormLayout(matter, subject);
        form.setWidthFull();
        details.setWidthFull();
        materialsBox.setWidthFull();
        add(new H2(getTranslation("nav.apply")), new Paragraph(getTranslation("apply.intro")),
                form, details, inLieu, inLieuBox, materialsBox, submit);
    }

    private void showMatter(PermitMatter chosen) {
        details.removeAll();
        inLieuBox.removeAll();
        materialsBox.removeAll();
        materials = null;
        inLieu.setValue(false);
        if (chosen == null) {
            inLieu.setVisible(false);
            return;
        }
        details.add(new MatterGuide(chosen, department(chosen)));
        details.setId("apply-details");
        materials = new MaterialUploads(chosen);
        materialsBox.add(materials);
        boolean offered = options.inLieuOffered(chosen);
        inLieu.setVisible(offered);
        if (!offered) {
            return;
        }
        Optional<PublishedTemplate> template = templates.published().stream()
                .filter(t -> chosen.code().equals(t.template().matterCode())).findFirst();
        template.ifPresent(t -> inLieuBox.add(new H3(getTranslation("pledge.notice")),
                new Paragraph(t.version().noticeText())));
        List<PledgeView> signed = options.inLieuPledges(chosen.code());
        pledge.setItems(signed);
        signed.stream().findFirst().ifPresent(pledge::setValue);
        inLieuBox.add(pledge);
        template.ifPresent(t -> {
            Button sign = new Button(getTranslation("apply.signPledge"), VaadinIcon.PENCIL.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(SignPledgeView.class,
                            QueryParameters.of("template", t.template().code()))));
            sign.setId("apply-sign-pledge");
            inLieuBox.add(sign);
        });
    }

    /** The department that will handle the filing: the applicant's (or the officer's), else the line's. */
    private String department(PermitMatter chosen) {
        try {
            Department handling = filings.handlingDepartment(chosen.code());
            return handling.name();
        } catch (NotFoundException e) {
            return lines.of(chosen.lineCode());
        }
    }

    private void submit() {
        PermitMatter chosen = matter.getValue();
        try {
            Filing filing = filings.file(new NewFiling(chosen == null ? null : chosen.code(),
                    subject.isVisible() ? subject.getValue().strip() : null, inLieu.getValue(),
                    inLieu.getValue() && pledge.getValue() != null ? pledge.getValue().pledge().recordCode() : null,
                    null), materials == null ? List.of() : materials.attachments());
            UiSupport.success(getTranslation("apply.filed", filing.filingNo()));
            getUI().ifPresent(ui -> ui.navigate(FilingDetailView.class, filing.id()));
        } catch (BusinessException e) {
            Map<String, HasValidation> fields = new HashMap<>(Map.of("matterCode", matter, "subjectIdentifier",
                    subject, "pledgeCode", pledge));
            if (materials != null) {
                fields.putAll(materials.fields());
            }
            UiSupport.showError(this, e, fields);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.apply") + " · " + getTranslation("app.title");
    }
}
