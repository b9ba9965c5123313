package cn.gov.ln.credit.webapp.modeladmin;

import cn.gov.ln.credit.modeladmin.Finding;
import cn.gov.ln.credit.modeladmin.ModelChange;
import cn.gov.ln.credit.modeladmin.ModelDeployment;
import cn.gov.ln.credit.modeladmin.ModelDiff;
import cn.gov.ln.credit.modeladmin.ModelKind;
import cn.gov.ln.credit.modeladmin.ModelDraft;
import cn.gov.ln.credit.modeladmin.ModelLibraryQueries;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.webapp.bpmn.BpmnDiagram;
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Map;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * The second admin's review of a submitted draft: what it changes against the running version, the rules' verdict,
 * who wrote it; approve (deploys the new version) or send it back with a comment. The author cannot review.
 */
@Route(value = "admin/models/review", layout = MainLayout.class)
@RequiresPermissions(Permissions.MODEL_REVIEW)
public class ModelReviewView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ModelLibraryQueries queries;
    private final ModelDeployment deployment;
    private long draftId;
    private String title = "";

    public ModelReviewView(ModelLibraryQueries queries, ModelDeployment deployment) {
        this.queries = queries;
        this.deployment = deployment;
        addClassName("model-review-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        draftId = parameter == null ? -1 : parameter;
        show();
    }

    private void show() {
        removeAll();
        ModelDraft draft = queries.draft(draftId);
        title = draft.resourceName();
        Span status = UiSupport.badge(getTranslation("models.status." + draft.status()), "");
        status.setId("review-status");
        add(new H2(getTranslation("models.reviewOf", draft.resourceName())), status,
                new Paragraph(getTranslation("models.writtenBy", draft.author(), UiSupport.dateTime(draft.updatedAt()))));
        List<ModelChange> changes = queries.diff(draftId);
        if (draft.kind() == ModelKind.BPMN) {
            Paragraph legend = new Paragraph(getTranslation("models.diagramLegend"));
            legend.addClassName(com.vaadin.flow.theme.lumo.LumoUtility.TextColor.SECONDARY);
            add(new H3(getTranslation("models.diagram")), legend,
                    BpmnDiagram.withChanges(draft.content(), ModelDiff.touched(changes)));
        }
        add(new H3(getTranslation("models.diff")), changes(this, changes),
                new H3(getTranslation("models.validate")), findings(this, queries.validate(draftId)));
        if (draft.status() == ModelDraft.DraftStatus.SUBMITTED) {
            TextArea comment = new TextArea(getTranslation("models.comment"));
            comment.setMaxLength(1000);
            comment.setWidthFull();
            comment.setId("review-comment");
            Button approve = new Button(getTranslation("models.approve"), e -> review(true, comment));
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            approve.setId("review-approve");
            Button reject = new Button(getTranslation("models.reject"), e -> review(false, comment));
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
            reject.setId("review-reject");
            add(comment, new HorizontalLayout(reject, approve));
        } else if (draft.reviewer() != null) {
            add(new Paragraph(getTranslation("models.reviewedBy", draft.reviewer(),
                    UiSupport.dateTime(draft.reviewedAt()), draft.reviewComment() == null ? "" : draft.reviewComment())));
        }
    }

    private void review(boolean approve, TextArea comment) {
        try {
            deployment.review(draftId, approve, comment.getValue());
            UiSupport.success(getTranslation(approve ? "models.deployed" : "models.rejected"));
            show();
            getChildren().findFirst().ifPresent(top -> top.scrollIntoView());
        } catch (BusinessException error) {
            UiSupport.showError(this, error, Map.of("comment", comment));
        }
    }

    static Component findings(Component context, List<Finding> findings) {
        if (findings.isEmpty()) {
            Span ok = UiSupport.badge(context.getTranslation("models.valid"), "success");
            ok.setId("findings-none");
            return ok;
        }
        Grid<Finding> grid = new Grid<>();
        grid.addColumn(f -> f.elementId() == null ? "—" : f.elementId()).setHeader(context.getTranslation(
                "models.element")).setAutoWidth(true);
        grid.addColumn(f -> f.attribute() == null ? "" : f.attribute()).setHeader(context.getTranslation(
                "models.attribute")).setAutoWidth(true);
        grid.addColumn(f -> context.getTranslation(f.messageKey(), f.arguments().toArray()))
                .setHeader(context.getTranslation("models.finding")).setFlexGrow(3);
        grid.setItems(findings);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("findings-grid");
        return grid;
    }

    static Component changes(Component context, List<ModelChange> changes) {
        if (changes.isEmpty()) {
            return new Paragraph(context.getTranslation("models.noChanges"));
        }
        Grid<ModelChange> grid = new Grid<>();
        grid.addColumn(c -> context.getTranslation("models.change." + c.kind())).setHeader(context.getTranslation(
                "models.change")).setAutoWidth(true);
        grid.addColumn(c -> c.elementId() + "（" + c.elementType() + "）").setHeader(context.getTranslation(
                "models.element")).setAutoWidth(true);
        grid.addColumn(c -> c.attribute() == null ? "" : c.attribute()).setHeader(context.getTranslation(
                "models.attribute")).setAutoWidth(true);
        grid.addColumn(c -> c.before() == null ? "" : c.before()).setHeader(context.getTranslation("models.before"))
                .setFlexGrow(2);
        grid.addColumn(c -> c.after() == null ? "" : c.after()).setHeader(context.getTranslation("models.after"))
                .setFlexGrow(2);
        grid.setItems(changes);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("changes-grid");
        return grid;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.title");
    }
}
