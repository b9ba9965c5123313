package cn.gov.ln.credit.webapp.modeladmin;

import cn.gov.ln.credit.modeladmin.ModelDraft;
import cn.gov.ln.credit.modeladmin.ModelEntry;
import cn.gov.ln.credit.modeladmin.ModelKind;
import cn.gov.ln.credit.modeladmin.ModelLibraryService;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.MenuItem;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * The model library: every process, decision table and task form with its versions and running instances, the
 * drafts being edited or waiting for review, importing a model saved by Camunda Modeler, and the way to migration.
 * Camunda Cockpit stays the place for incidents and operations.
 */
@Route(value = "admin/models", layout = MainLayout.class)
@RequiresPermissions(Permissions.MODEL_EDIT)
@MenuItem(label = "nav.models", icon = "vaadin:sitemap", order = 150, section = "nav.section.operations")
public class ModelLibraryView extends VerticalLayout implements HasDynamicTitle {

    private final ModelLibraryService library;

    public ModelLibraryView(ModelLibraryService library) {
        this.library = library;
        setSizeFull();
        Paragraph hint = new Paragraph(getTranslation("models.hint"));
        hint.addClassName(LumoUtility.TextColor.SECONDARY);
        Anchor cockpit = new Anchor("/camunda/app/cockpit/default/", getTranslation("nav.cockpit"));
        cockpit.setTarget("_blank");
        add(new H2(getTranslation("nav.models")), hint, cockpit);
        Grid<ModelEntry> grid = new Grid<>();
        grid.addColumn(ModelEntry::resourceName).setHeader(getTranslation("models.resource")).setFlexGrow(2);
        grid.addColumn(m -> m.kind().name()).setHeader(getTranslation("models.kind")).setAutoWidth(true);
        grid.addColumn(m -> m.versions().isEmpty() ? "" : "v" + m.versions().get(0).version() + " · "
                + UiSupport.dateTime(m.versions().get(0).deployedAt())).setHeader(getTranslation("models.version"))
                .setAutoWidth(true);
        grid.addColumn(m -> m.versions().stream().mapToLong(ModelEntry.Version::running).sum())
                .setHeader(getTranslation("models.running")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        grid.setItems(library.models());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setId("models-grid");
        add(grid, new H3(getTranslation("models.review")), drafts(), new H3(getTranslation("models.import")),
                importer());
    }

    private Component actions(ModelEntry model) {
        Button edit = new Button(getTranslation(model.openDraftId() == null ? "models.edit" : "models.continue"),
                e -> {
                    try {
                        ModelDraft draft = library.openDraft(model.resourceName());
                        getUI().ifPresent(ui -> ui.navigate(ModelDraftView.class, draft.id()));
                    } catch (BusinessException error) {
                        UiSupport.showError(this, error, Map.of());
                    }
                });
        edit.setId("edit-" + model.key());
        HorizontalLayout actions = new HorizontalLayout(edit);
        if (model.kind() != ModelKind.FORM && model.versions().size() > 1 && model.openDraftId() == null) {
            ModelEntry.Version previous = model.versions().get(1);
            Button rollback = new Button(getTranslation("models.rollback", previous.version()), e -> {
                try {
                    ModelDraft draft = library.rollbackTo(model.resourceName(), previous.deploymentId());
                    getUI().ifPresent(ui -> ui.navigate(ModelDraftView.class, draft.id()));
                } catch (BusinessException error) {
                    UiSupport.showError(this, error, Map.of());
                }
            });
            rollback.setId("rollback-" + model.key());
            actions.add(rollback);
        }
        if (model.kind() == ModelKind.BPMN && model.versions().size() > 1) {
            Button migrate = new Button(getTranslation("models.migrate"), e -> getUI().ifPresent(ui ->
                    ui.navigate(MigrationView.class, model.key())));
            migrate.setId("migrate-" + model.key());
            actions.add(migrate);
        }
        return actions;
    }

    private Component drafts() {
        Grid<ModelDraft> grid = new Grid<>();
        grid.addColumn(ModelDraft::resourceName).setHeader(getTranslation("models.resource")).setFlexGrow(2);
        grid.addColumn(ModelDraft::author).setHeader(getTranslation("models.author")).setAutoWidth(true);
        grid.addColumn(d -> getTranslation("models.status." + d.status())).setHeader(getTranslation("breach.status"))
                .setAutoWidth(true);
        grid.addColumn(d -> UiSupport.dateTime(d.updatedAt())).setHeader(getTranslation("models.updated"))
                .setAutoWidth(true);
        grid.setItems(library.recentDrafts(30));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(
                e.getItem().status() == ModelDraft.DraftStatus.SUBMITTED ? ModelReviewView.class : ModelDraftView.class,
                e.getItem().id())));
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setId("drafts-grid");
        return grid;
    }

    private Component importer() {
        TextField name = new TextField(getTranslation("models.importName"));
        name.setPlaceholder("processes/MyProcess.bpmn");
        name.setWidth("24rem");
        name.setId("import-name");
        AtomicReference<byte[]> file = new AtomicReference<>();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            file.set(bytes);
            if (name.isEmpty()) {
                getUI().ifPresent(ui -> ui.access(() -> name.setValue(guess(metadata.fileName()))));
            }
        }));
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".bpmn", ".dmn", ".form", ".xml", ".json");
        upload.setId("import-upload");
        UiSupport.localize(upload);
        Button open = new Button(getTranslation("models.importOpen"), e -> {
            try {
                ModelDraft draft = library.importModel(name.getValue(), file.get());
                getUI().ifPresent(ui -> ui.navigate(ModelDraftView.class, draft.id()));
            } catch (BusinessException error) {
                UiSupport.showError(this, error, Map.of("resourceName", name));
            }
        });
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.setId("import-open");
        HorizontalLayout row = new HorizontalLayout(name, upload, open);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
        return row;
    }

    /** A resource name from a file name as Camunda Modeler saves it ({@code Order.v2.bpmn20.xml}). */
    static String guess(String fileName) {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        String extension = lower.endsWith(".form") || lower.endsWith(".json") ? ".form"
                : lower.contains(".dmn") ? ".dmn" : ".bpmn";
        String base = fileName.replaceFirst("(?i)(\\.bpmn20|\\.dmn11)?\\.(bpmn|dmn|form|xml|json)$", "")
                .replaceAll("[^A-Za-z0-9_]+", "_").replaceFirst("^[^A-Za-z]+", "");
        base = base.isEmpty() ? "Imported" : base.substring(0, Math.min(base.length(), 100));
        if (".form".equals(extension)) {
            return "forms/task/" + base.toLowerCase(java.util.Locale.ROOT).replace('_', '-') + extension;
        }
        return "processes/" + base + extension;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.models") + " · " + getTranslation("app.title");
    }
}
