package cn.gov.ln.credit.webapp.objection;

import cn.gov.ln.credit.legaldocument.CaseType;
import cn.gov.ln.credit.legaldocument.LegalDocuments;
import cn.gov.ln.credit.listing.BreachTier;
import cn.gov.ln.credit.objection.Objection;
import cn.gov.ln.credit.objection.ObjectionDecision;
import cn.gov.ln.credit.objection.ObjectionHandling;
import cn.gov.ln.credit.objection.ObjectionQueries;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.subject.CreditSubject;
import cn.gov.ln.credit.subject.SubjectService;
import cn.gov.ln.credit.webapp.legaldocument.CasePapers;
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.MenuItem;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * Objections to records of the credit officer's division, soonest reply first: verify with the source, then
 * correct, revoke or uphold with the reason; an answered objection shows its reply (异议处理答复书).
 */
@Route(value = "objections", layout = MainLayout.class)
@RequiresPermissions(Permissions.OBJECTION_HANDLE)
@MenuItem(label = "nav.objections", icon = "vaadin:comment-ellipsis", order = 24, section = "nav.section.credit")
public class ObjectionsView extends VerticalLayout implements HasDynamicTitle {

    private final ObjectionQueries queries;
    private final ObjectionHandling handling;
    private final LegalDocuments documents;
    private final Grid<Objection> grid = new Grid<>();
    private final Checkbox pendingOnly = new Checkbox();

    public ObjectionsView(ObjectionQueries queries, ObjectionHandling handling, LegalDocuments documents,
            SubjectService subjects, Clock clock) {
        this.queries = queries;
        this.handling = handling;
        this.documents = documents;
        setSizeFull();
        pendingOnly.setLabel(getTranslation("objection.pendingOnly"));
        pendingOnly.setValue(true);
        pendingOnly.setId("objections-pending-only");
        pendingOnly.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.addColumn(Objection::objectionNo).setHeader(getTranslation("objection.no")).setAutoWidth(true);
        grid.addColumn(o -> subjects.lookup(o.subjectId()).map(CreditSubject::name).orElse(""))
                .setHeader(getTranslation("filing.subject")).setFlexGrow(2);
        grid.addColumn(o -> UiSupport.label(this, o.recordType()) + " #" + o.recordId())
                .setHeader(getTranslation("objection.record")).setAutoWidth(true);
        grid.addColumn(o -> UiSupport.label(this, o.ground())).setHeader(getTranslation("objection.ground"))
                .setAutoWidth(true);
        grid.addColumn(Objection::description).setHeader(getTranslation("objection.description")).setFlexGrow(3);
        grid.addComponentColumn(o -> UiSupport.badge(UiSupport.date(o.replyDueOn()), o.isPending()
                && LocalDate.now(clock).isAfter(o.replyDueOn()) ? "error" : ""))
                .setHeader(getTranslation("objection.replyDue")).setAutoWidth(true);
        grid.addColumn(o -> UiSupport.label(this, o.status())).setHeader(getTranslation("breach.status"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::papersButton).setHeader(getTranslation("casePapers.title")).setAutoWidth(true);
        grid.setItems(q -> queries.search(pendingOnly.getValue(), new PageRequest(q.getOffset(), q.getLimit()))
                .stream(), q -> (int) queries.count(pendingOnly.getValue()));
        grid.addItemClickListener(e -> {
            if (e.getItem().isPending()) {
                decide(e.getItem());
            }
        });
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("objections-grid");
        add(new H2(getTranslation("nav.objections")), pendingOnly, grid);
    }

    private void decide(Objection objection) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("objection.decide", objection.objectionNo()));
        Paragraph record = new Paragraph(getTranslation("objection.recordSays",
                queries.recordSummary(objection.id())));
        Paragraph grounds = new Paragraph(UiSupport.label(this, objection.ground()) + "：" + objection.description());
        RadioButtonGroup<Objection.ObjectionStatus> outcome = new RadioButtonGroup<>(getTranslation("objection.outcome"));
        outcome.setItems(List.of(Objection.ObjectionStatus.UPHELD, Objection.ObjectionStatus.CORRECTED,
                Objection.ObjectionStatus.REVOKED));
        outcome.setItemLabelGenerator(s -> UiSupport.label(this, s));
        outcome.setId("objection-outcome");
        TextArea corrected = new TextArea(getTranslation("objection.correctedText"));
        corrected.setMaxLength(500);
        corrected.setWidthFull();
        Select<BreachTier> tier = new Select<>();
        tier.setLabel(getTranslation("objection.correctedTier"));
        tier.setItems(BreachTier.values());
        tier.setItemLabelGenerator(t -> UiSupport.label(this, t));
        tier.setEmptySelectionAllowed(true);
        TextArea reason = new TextArea(getTranslation("objection.reason"));
        reason.setMaxLength(2000);
        reason.setWidthFull();
        reason.setId("objection-reason");
        Button ok = new Button(getTranslation("common.confirm"), e -> {
            try {
                handling.decide(objection.id(), new ObjectionDecision(outcome.getValue(), reason.getValue(),
                        corrected.getValue(), tier.getValue()));
                dialog.close();
                grid.getDataProvider().refreshAll();
            } catch (BusinessException error) {
                UiSupport.showError(this, error, Map.of("outcome", outcome, "reason", reason, "correctedText",
                        corrected, "correctedTier", tier));
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("objection-decide");
        dialog.add(new VerticalLayout(record, grounds, outcome, corrected, tier, reason));
        dialog.setWidth("40rem");
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    private Component papersButton(Objection objection) {
        if (objection.isPending()) {
            return new Span();
        }
        Button open = new Button(getTranslation("casePapers.open"), VaadinIcon.FILE_TEXT_O.create(),
                e -> papers(objection));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        open.setId("objection-papers-" + objection.id());
        return open;
    }

    private void papers(Objection objection) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("casePapers.ofCase", objection.objectionNo()));
        CasePapers papers = new CasePapers(documents, CaseType.OBJECTION, objection.id());
        papers.setId("objection-papers");
        dialog.add(papers);
        dialog.setWidth("36rem");
        dialog.setMaxWidth("100%");
        dialog.getFooter().add(new Button(getTranslation("common.close"), e -> dialog.close()));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.objections") + " · " + getTranslation("app.title");
    }
}
