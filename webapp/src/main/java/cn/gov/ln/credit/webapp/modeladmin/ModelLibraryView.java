package cn.gov.ln.credit.webapp.modeladmin;

import cn.gov.ln.credit.account.AccountService;
import cn.gov.ln.credit.modeladmin.ModelDraft;
import cn.gov.ln.credit.modeladmin.ModelEntry;
import cn.gov.ln.credit.modeladmin.ModelKind;
import cn.gov.ln.credit.modeladmin.ModelLibraryQueries;
import cn.gov.ln.credit.modeladmin.ModelLibraryService;
import cn.gov.ln.credit.modeladmin.ModelValidator;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.shared.ConflictException;
import cn.gov.ln.credit.webapp.lists.PeopleNames;
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.MenuItem;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
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
import java.time.Instant;
import java.util.Comparator;
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
    private final ModelLibraryQueries queries;
    private final PeopleNames people;

    public ModelLibraryView(ModelLibraryService library, ModelLibraryQueries queries, AccountService accounts) {
        this.people = new PeopleNames(accounts);
        this.library = library;
        this.queries = queries;
        setSizeFull();
        Paragraph hint = new Paragraph(getTranslation("models.hint"));
        hint.addClassName(LumoUtility.TextColor.SECONDARY);
        Anchor cockpit = new Anchor("/camunda/app/cockpit/default/", getTranslation("nav.cockpit"));
        cockpit.setTarget("_blank");
        add(new H2(getTranslation("nav.models")), hint, cockpit);
        Grid<ModelEntry> grid = new Grid<>();
        grid.addColumn(ModelEntry::resourceName).setHeader(getTranslation("models.resource")).setFlexGrow(2)
                .setComparator(ModelEntry::resourceName);
        grid.addColumn(m -> UiSupport.label(this, m.kind())).setHeader(getTranslation("models.kind"))
                .setAutoWidth(true).setComparator(ModelEntry::kind);
        grid.addColumn(m -> m.versions().isEmpty() ? "" : "v" + m.versions().get(0).version() + " · "
                + UiSupport.dateTime(m.versions().get(0).deployedAt())).setHeader(getTranslation("models.version"))
                .setAutoWidth(true).setComparator(Comparator.comparing(ModelLibraryView::lastDeployed,
                        Comparator.nullsLast(Comparator.naturalOrder())));
        grid.addColumn(ModelLibraryView::running).setHeader(getTranslation("models.running")).setAutoWidth(true)
                .setComparator(ModelLibraryView::running);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        grid.setItems(queries.models());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setId("models-grid");
        add(grid, new H3(getTranslation("models.review")), drafts(), new H3(getTranslation("models.import")),
                importer());
    }

    private static Instant lastDeployed(ModelEntry model) {
        return model.versions().isEmpty() ? null : model.versions().get(0).deployedAt();
    }

    private static long running(ModelEntry model) {
        return model.versions().stream().mapToLong(ModelEntry.Version::running).sum();
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
        TextField search = new TextField();
        search.setPlaceholder(getTranslation("models.draftSearch"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        search.setId("drafts-search");
        search.setWidth("24rem");
        Grid<ModelDraft> grid = new Grid<>();
        grid.addColumn(ModelDraft::resourceName).setHeader(getTranslation("models.resource")).setFlexGrow(2);
        grid.addColumn(d -> people.of(this, d.author())).setHeader(getTranslation("models.author"))
                .setAutoWidth(true);
        grid.addColumn(d -> getTranslation("models.status." + d.status())).setHeader(getTranslation("breach.status"))
                .setAutoWidth(true);
        grid.addColumn(d -> UiSupport.dateTime(d.updatedAt())).setHeader(getTranslation("models.updated"))
                .setAutoWidth(true);
        grid.addComponentColumn(d -> discard(d, grid)).setAutoWidth(true);
        grid.setItems(query -> people.load(queries.drafts(search.getValue(), query.getOffset(), query.getLimit()),
                ModelDraft::author).stream(),
                query -> queries.countDrafts(search.getValue()));
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.addItemClickListener(e -> {
            if (e.getItem().status() != ModelDraft.DraftStatus.DISCARDED) {
                getUI().ifPresent(ui -> ui.navigate(e.getItem().status() == ModelDraft.DraftStatus.SUBMITTED
                        ? ModelReviewView.class : ModelDraftView.class, e.getItem().id()));
            }
        });
        grid.setPageSize(20);
        grid.setHeight("24rem");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setId("drafts-grid");
        return new VerticalLayout(search, grid);
    }

    private Component discard(ModelDraft draft, Grid<ModelDraft> grid) {
        if (draft.status() != ModelDraft.DraftStatus.EDITING && draft.status() != ModelDraft.DraftStatus.REJECTED) {
            return new com.vaadin.flow.component.html.Span();
        }
        Button discard = new Button(getTranslation("models.discard"), e -> {
            try {
                library.discard(draft.id());
                UiSupport.success(getTranslation("models.discarded", draft.resourceName()));
                grid.getDataProvider().refreshAll();
            } catch (BusinessException error) {
                UiSupport.showError(this, error, Map.of());
            }
        });
        discard.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        discard.setId("discard-" + draft.id());
        return discard;
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
        upload.setMaxFileSize(ModelValidator.MAX_BYTES);
        upload.setAcceptedFileTypes(".bpmn", ".dmn", ".form", ".xml", ".json");
        upload.setId("import-upload");
        UiSupport.localize(upload);
        upload.addFileRejectedListener(e -> {
            file.set(null);
            UiSupport.error(getTranslation("model.lint.tooLarge", ModelValidator.MAX_BYTES / 1024 / 1024));
        });
        upload.addFileRemovedListener(e -> file.set(null));
        Button open = new Button(getTranslation("models.importOpen"), e -> importFile(name, file.get(), false));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.setId("import-open");
        HorizontalLayout row = new HorizontalLayout(name, upload, open);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
        return row;
    }

    /** Imports; when the model has an open draft, asks whether to replace its content or import under a new name. */
    private void importFile(TextField name, byte[] file, boolean replace) {
        if (file == null) {
            UiSupport.error(getTranslation("models.importNoFile"));
            return;
        }
        try {
            ModelDraft draft = library.importModel(name.getValue(), file, replace);
            getUI().ifPresent(ui -> ui.navigate(ModelDraftView.class, draft.id()));
        } catch (ConflictException conflict) {
            if (!"error.model.importConflict".equals(conflict.messageKey())) {
                UiSupport.showError(this, conflict, Map.of());
                return;
            }
            Dialog ask = new Dialog();
            ask.setHeaderTitle(getTranslation("models.importConflictTitle"));
            ask.add(new Paragraph(getTranslation(conflict.messageKey(), conflict.arguments())));
            Button rename = new Button(getTranslation("models.importRename"), e -> {
                ask.close();
                name.focus();
                name.setInvalid(true);
                name.setErrorMessage(getTranslation("models.importRenameHint"));
            });
            rename.setId("import-rename");
            Button overwrite = new Button(getTranslation("models.importReplace"), e -> {
                ask.close();
                importFile(name, file, true);
            });
            overwrite.addThemeVariants(ButtonVariant.LUMO_ERROR);
            overwrite.setId("import-replace");
            ask.getFooter().add(rename, overwrite);
            ask.open();
        } catch (BusinessException error) {
            UiSupport.showError(this, error, Map.of("resourceName", name, "file", name));
        }
    }

    /** A resource name from a file name as Camunda Modeler saves it ({@code Order.v2.bpmn20.xml}). */
    static String guess(String fileName) {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        String extension = lower.endsWith(".form") || lower.endsWith(".json") ? ".form"
                : lower.contains(".dmn") ? ".dmn" : ".bpmn";
        String base = fileName.replaceFirst("(?i)(\\.bpmn20|\\.dmn11)?\\.(bpmn|dmn|form|xml|json)$", "")
                .replaceAll("[^A-Za-z0-9_.-]+", "_").replaceFirst("^[^A-Za-z]+", "");
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
