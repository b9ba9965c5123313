package cn.gov.ln.credit.webapp.subject;

import cn.gov.ln.credit.creditfile.CreditFile;
import cn.gov.ln.credit.creditfile.CreditFileService;
import cn.gov.ln.credit.evaluation.EvaluationService;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.subject.SubjectKind;
import cn.gov.ln.credit.subject.SubjectService;
import cn.gov.ln.credit.webapp.evaluation.EvaluationPanel;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import cn.gov.ln.credit.webapp.shell.MainLayout;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/** One subject's credit file, opened from the subject list; subjects outside the division answer 404. */
@Route(value = "subjects", layout = MainLayout.class)
@RequiresPermissions(Permissions.SUBJECT_READ)
public class SubjectDetailView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final CreditFileService creditFiles;
    private final SubjectService subjects;
    private final AccessGuard guard;
    private String title = "";

    private final EvaluationService evaluations;

    public SubjectDetailView(CreditFileService creditFiles, SubjectService subjects, AccessGuard guard,
            EvaluationService evaluations) {
        this.evaluations = evaluations;
        this.creditFiles = creditFiles;
        this.subjects = subjects;
        this.guard = guard;
        addClassName("subject-detail-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        CreditFile file = creditFiles.fileOf(id);
        title = file.subject().name();
        removeAll();
        add(new Anchor("subjects", getTranslation("subjects.back")), new H2(title),
                new CreditFilePanel(file, file.subject().identifierMasked()
                        && guard.isPermitted(Permissions.SUBJECT_REVEAL_IDENTITY) ? () -> revealButton(id) : null));
        if (file.subject().kind() != SubjectKind.NATURAL_PERSON) {
            H3 heading = new H3(getTranslation("evaluation.title"));
            heading.setId("subject-evaluation");
            add(heading, new EvaluationPanel(evaluations.ofSubject(id)));
        }
    }

    private Component revealButton(long id) {
        Button reveal = new Button(getTranslation("subject.reveal"), VaadinIcon.EYE.create());
        reveal.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        reveal.setId("reveal-identifier");
        reveal.addClickListener(e -> {
            Span full = new Span(subjects.revealIdentifier(id));
            full.setId("revealed-identifier");
            reveal.getParent().ifPresent(parent -> ((Span) parent).add(full));
            reveal.setVisible(false);
        });
        return reveal;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.title");
    }
}
