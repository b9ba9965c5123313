package cn.gov.ln.credit.webapp.pledge;

import cn.gov.ln.credit.department.Department;
import cn.gov.ln.credit.department.DepartmentService;
import cn.gov.ln.credit.division.DivisionCodes;
import cn.gov.ln.credit.matter.MatterService;
import cn.gov.ln.credit.matter.PermitMatter;
import cn.gov.ln.credit.pledge.Pledge;
import cn.gov.ln.credit.pledge.PledgeService;
import cn.gov.ln.credit.pledge.Publicity;
import cn.gov.ln.credit.pledge.NewPledge;
import cn.gov.ln.credit.pledgetemplate.PledgeTemplateService;
import cn.gov.ln.credit.pledgetemplate.PublishedTemplate;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.subject.CreditSubject;
import cn.gov.ln.credit.subject.SubjectKind;
import cn.gov.ln.credit.subject.SubjectService;
import cn.gov.ln.credit.webapp.form.RenderedForm;
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.MenuItem;
import cn.gov.ln.credit.webapp.shell.StepIndicator;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * An applicant makes a pledge in three steps, shown above the form: choose a template (only those written for
 * their kind of subject), read its notice and fill its form, then read the rendered pledge with its liability and
 * sign by re-entering the password.
 */
@Route(value = "pledges/new", layout = MainLayout.class)
@RequiresPermissions(Permissions.PLEDGE_SIGN)
@MenuItem(label = "nav.signPledge", icon = "vaadin:pencil", order = 6)
public class SignPledgeView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final PledgeService pledges;
    private final MatterService matters;
    private final DepartmentService departments;
    private final Actor actor;
    private final boolean naturalPerson;
    private final ComboBox<PublishedTemplate> template = new ComboBox<>();
    private final StepIndicator steps;
    private final VerticalLayout step = new VerticalLayout();

    public SignPledgeView(PledgeTemplateService templates, PledgeService pledges, MatterService matters,
            DepartmentService departments, SubjectService subjects, AccessGuard guard) {
        this.pledges = pledges;
        this.matters = matters;
        this.departments = departments;
        this.actor = guard.current();
        Optional<SubjectKind> kind = actor.subjectId() == null ? Optional.empty()
                : subjects.lookup(actor.subjectId()).map(CreditSubject::kind);
        this.naturalPerson = kind.map(k -> !k.usesUscc()).orElse(false);
        addClassName("sign-pledge-view");
        steps = new StepIndicator(List.of(getTranslation("pledge.step.choose"), getTranslation("pledge.step.fill"),
                getTranslation("pledge.step.sign")));
        steps.setId("pledge-steps");
        template.setLabel(getTranslation("pledge.template"));
        template.setHelperText(getTranslation(naturalPerson ? "pledge.template.forPersons"
                : "pledge.template.forOrganisations"));
        template.setItems(kind.map(templates::publishedFor).orElseGet(templates::published));
        template.setItemLabelGenerator(p -> p.template().title() + "（" + UiSupport.label(this,
                p.template().pledgeType()) + "）");
        template.setWidthFull();
        template.setMaxWidth("32rem");
        template.setId("pledge-template");
        template.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                showForm(e.getValue());
            }
        });
        step.setPadding(false);
        add(new H2(getTranslation("nav.signPledge")), steps, new Paragraph(getTranslation("pledge.sign.intro")),
                template, step);
    }

    /** {@code ?template=CODE} opens the template directly, e.g. from an application that offers a pledge. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("template").flatMap(code -> template
                .getListDataView().getItems().filter(p -> p.template().code().equals(code)).findFirst())
                .ifPresent(template::setValue);
    }

    private void showForm(PublishedTemplate chosen) {
        step.removeAll();
        steps.setCurrent(1);
        Div notice = new Div(new H3(getTranslation("pledge.notice")), new Paragraph(chosen.version().noticeText()));
        notice.addClassName("pledge-notice");
        notice.setId("pledge-notice");
        RenderedForm form = new RenderedForm(chosen.version().form());
        TextArea reason = new TextArea(getTranslation("pledge.reason"));
        reason.setMaxLength(PledgeService.MAX_REASON);
        reason.setWidthFull();
        reason.setId("pledge-reason");
        RadioButtonGroup<Publicity> publicity = new RadioButtonGroup<>(getTranslation("pledge.publicity"));
        publicity.setItems(naturalPerson ? List.of(Publicity.LIMITED, Publicity.NOT_PUBLIC)
                : List.of(Publicity.values()));
        publicity.setItemLabelGenerator(p -> UiSupport.label(this, p));
        publicity.setValue(naturalPerson ? Publicity.NOT_PUBLIC : Publicity.PUBLIC);
        publicity.setId("pledge-publicity");
        ComboBox<Department> accepting = new ComboBox<>(getTranslation("pledge.acceptingUnit"));
        accepting.setItems(departments.all());
        accepting.setItemLabelGenerator(Department::name);
        accepting.setWidthFull();
        accepting.setId("pledge-accepting");
        suggestedUnit(chosen).ifPresent(accepting::setValue);
        Checkbox read = new Checkbox(getTranslation("pledge.readNotice"));
        read.setId("pledge-read");
        Button next = new Button(getTranslation("pledge.preview"), e -> {
            if (!read.getValue()) {
                UiSupport.error(getTranslation("pledge.readNotice.required"));
                return;
            }
            Map<String, HasValidation> targets = new HashMap<>(form.validationTargets());
            targets.put("reason", reason);
            targets.put("publicity", publicity);
            targets.put("acceptingDepartmentId", accepting);
            try {
                Pledge draft = pledges.draft(new NewPledge(chosen.template().code(), null, reason.getValue(),
                        form.values(), publicity.getValue(), accepting.getValue() == null ? null
                                : accepting.getValue().id(), null));
                showPreview(draft);
            } catch (BusinessException error) {
                UiSupport.showError(this, error, targets);
            }
        });
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.setId("pledge-preview");
        FormLayout choices = new FormLayout(publicity, accepting);
        choices.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        choices.setWidthFull();
        step.add(notice, form, reason, choices, read, next);
    }

    private void showPreview(Pledge draft) {
        template.setEnabled(false);
        step.removeAll();
        steps.setCurrent(2);
        steps.scrollIntoView();
        Div letter = new Div(new H3(getTranslation("pledge.content")), new Paragraph(draft.content()),
                new H3(getTranslation("pledge.liability")), new Paragraph(draft.liability()));
        letter.addClassName("pledge-preview");
        letter.setId("pledge-preview-text");
        PasswordField password = new PasswordField(getTranslation("pledge.password"));
        password.setHelperText(getTranslation("pledge.password.help"));
        password.setId("pledge-password");
        Button sign = new Button(getTranslation("pledge.sign"), e -> {
            try {
                Pledge signed = pledges.signWithPassword(draft.draftRef(), password.getValue().toCharArray());
                password.clear();
                getUI().ifPresent(ui -> ui.navigate(PledgeDetailView.class, signed.recordCode()));
                UiSupport.success(getTranslation("pledge.signed", signed.recordCode()));
            } catch (BusinessException error) {
                password.clear();
                UiSupport.showError(this, error, Map.of("password", password));
            }
        });
        sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sign.setId("pledge-sign");
        Button back = new Button(getTranslation("pledge.back"), e -> {
            template.setEnabled(true);
            showForm(template.getValue());
        });
        step.add(letter, password, new HorizontalLayout(back, sign));
    }

    /** The city bureau of the matter's line in the applicant's city, or the provincial department. */
    private java.util.Optional<Department> suggestedUnit(PublishedTemplate chosen) {
        return matters.find(chosen.template().matterCode()).map(PermitMatter::lineCode).flatMap(line -> {
            String city = DivisionCodes.levelOf(actor.divisionCode()) == cn.gov.ln.credit.division.DivisionLevel.COUNTY
                    ? DivisionCodes.parentOf(actor.divisionCode()) : actor.divisionCode();
            return departments.findByCode(city + "-" + line)
                    .or(() -> departments.findByCode(DivisionCodes.PROVINCE + "-" + line));
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.signPledge") + " · " + getTranslation("app.title");
    }
}
