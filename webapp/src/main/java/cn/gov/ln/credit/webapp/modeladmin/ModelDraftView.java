package cn.gov.ln.credit.webapp.modeladmin;

import cn.gov.ln.credit.modeladmin.Finding;
import cn.gov.ln.credit.modeladmin.ModelChange;
import cn.gov.ln.credit.modeladmin.ModelDeployment;
import cn.gov.ln.credit.modeladmin.ModelDraft;
import cn.gov.ln.credit.modeladmin.ModelKind;
import cn.gov.ln.credit.modeladmin.ModelLibraryQueries;
import cn.gov.ln.credit.modeladmin.ModelLibraryService;
import cn.gov.ln.credit.modeladmin.ModelRevision;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Map;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * A draft in the browser editor: save (a revision each time), check it against the rules (each finding names its
 * element), see what it changes against the running version, and submit it for a second admin's review.
 */
@Route(value = "admin/models/drafts", layout = MainLayout.class)
@RequiresPermissions(Permissions.MODEL_EDIT)
public class ModelDraftView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ModelLibraryService library;
    private final ModelLibraryQueries queries;
    private final ModelDeployment deployment;
    private final ObjectMapper json;
    private final VerticalLayout results = new VerticalLayout();
    private long draftId;
    private String title = "";

    public ModelDraftView(ModelLibraryService library, ModelLibraryQueries queries, ModelDeployment deployment,
            ObjectMapper json) {
        this.library = library;
        this.queries = queries;
        this.deployment = deployment;
        this.json = json;
        addClassName("model-draft-view");
        results.setPadding(false);
        results.setId("draft-results");
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        draftId = parameter == null ? -1 : parameter;
        show();
    }

    private void show() {
        removeAll();
        results.removeAll();
        ModelDraft draft = queries.draft(draftId);
        title = draft.resourceName();
        Span status = UiSupport.badge(getTranslation("models.status." + draft.status()), "");
        status.setId("draft-status");
        add(new H2(draft.resourceName()), status);
        ModelEditor editor = new ModelEditor(draft.kind(), draft.content());
        HorizontalLayout editing = new HorizontalLayout(editor);
        editing.setWidthFull();
        if (draft.kind() == ModelKind.BPMN) {
            editing.add(new PropertiesPanel(editor, queries.knownForms(), json));
        }
        editing.setFlexGrow(1, editor);
        boolean editable = draft.status() == ModelDraft.DraftStatus.EDITING;
        Button save = new Button(getTranslation("common.save"), VaadinIcon.DISC.create(), e -> editor.export(content ->
                act(() -> {
                    library.save(draftId, content);
                    UiSupport.success(getTranslation("common.saved"));
                })));
        save.setId("draft-save");
        Button validate = new Button(getTranslation("models.validate"), VaadinIcon.CHECK_SQUARE_O.create(),
                e -> editor.export(content -> act(() -> {
                    if (editable) {
                        library.save(draftId, content);
                    }
                    showFindings(queries.validate(draftId));
                })));
        validate.setId("draft-validate");
        Button diff = new Button(getTranslation("models.diff"), VaadinIcon.EXCHANGE.create(),
                e -> editor.export(content -> act(() -> {
                    if (editable) {
                        library.save(draftId, content);
                    }
                    showChanges(queries.diff(draftId));
                })));
        diff.setId("draft-diff");
        Button submit = new Button(getTranslation("models.submit"), VaadinIcon.PAPERPLANE.create(),
                e -> editor.export(content -> act(() -> {
                    library.save(draftId, content);
                    deployment.submit(draftId);
                    UiSupport.success(getTranslation("models.submitted"));
                    show();
                })));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("draft-submit");
        HorizontalLayout actions = new HorizontalLayout(validate, diff);
        if (editable) {
            actions.addComponentAsFirst(save);
            actions.add(submit);
        } else if (draft.status() == ModelDraft.DraftStatus.REJECTED) {
            Button reopen = new Button(getTranslation("models.reopen"), e -> act(() -> {
                library.reopen(draftId);
                show();
            }));
            actions.add(reopen);
        }
        add(editing, actions, results, new H3(getTranslation("models.revisions")), revisions(draft));
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (BusinessException error) {
            UiSupport.showError(this, error, Map.of());
        }
    }

    private void showFindings(List<Finding> findings) {
        results.removeAll();
        results.add(ModelReviewView.findings(this, findings));
    }

    private void showChanges(List<ModelChange> changes) {
        results.removeAll();
        results.add(ModelReviewView.changes(this, changes));
    }

    private Component revisions(ModelDraft draft) {
        Grid<ModelRevision> grid = new Grid<>();
        grid.addColumn(ModelRevision::revisionNo).setHeader("#").setAutoWidth(true);
        grid.addColumn(ModelRevision::savedBy).setHeader(getTranslation("models.author")).setAutoWidth(true);
        grid.addColumn(r -> UiSupport.dateTime(r.savedAt())).setHeader(getTranslation("models.updated"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.content().length() + " B").setAutoWidth(true);
        grid.setItems(queries.revisions(draft.id()));
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setId("draft-revisions");
        return grid;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.title");
    }
}
