package cn.gov.ln.credit.webapp.modeladmin;

import cn.gov.ln.credit.modeladmin.BatchProgress;
import cn.gov.ln.credit.modeladmin.MigrationReport;
import cn.gov.ln.credit.modeladmin.MigrationService;
import cn.gov.ln.credit.modeladmin.ModelEntry;
import cn.gov.ln.credit.modeladmin.ModelLibraryQueries;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.shared.NotFoundException;
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Map;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * Migrating running instances of a process from an old version to another: the plan with each activity's mapping
 * and the problems that stop it, then a batch whose progress and failures are shown, failures retryable.
 */
@Route(value = "admin/models/migrate", layout = MainLayout.class)
@RequiresPermissions(Permissions.MODEL_MIGRATE)
public class MigrationView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final ModelLibraryQueries queries;
    private final MigrationService migrations;
    private final ComboBox<ModelEntry.Version> source = new ComboBox<>();
    private final ComboBox<ModelEntry.Version> target = new ComboBox<>();
    private final VerticalLayout report = new VerticalLayout();
    private final ProgressBar bar = new ProgressBar();
    private final Span progress = new Span();
    private final Grid<MigrationService.RunningInstance> running = new Grid<>();
    private final Map<String, String> chosen = new java.util.LinkedHashMap<>();
    private String key = "";
    private Registration polling;

    public MigrationView(ModelLibraryQueries queries, MigrationService migrations) {
        this.queries = queries;
        this.migrations = migrations;
        addClassName("migration-view");
        report.setPadding(false);
        report.setId("migration-report");
        progress.setId("migration-progress");
        bar.setVisible(false);
        source.addValueChangeListener(e -> chosen.clear());
        target.addValueChangeListener(e -> chosen.clear());
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        key = parameter == null ? "" : parameter;
        ModelEntry model = queries.models().stream().filter(m -> m.key().equals(key)).findFirst()
                .orElseThrow(() -> new NotFoundException("model", key));
        removeAll();
        chosen.clear();
        source.setLabel(getTranslation("models.source"));
        target.setLabel(getTranslation("models.target"));
        for (ComboBox<ModelEntry.Version> box : new ComboBox[] {source, target}) {
            box.setItems(model.versions());
            box.setItemLabelGenerator(v -> "v" + v.version() + " · " + getTranslation("models.runningCount",
                    v.running()));
            box.setWidth("18rem");
        }
        source.setId("migration-source");
        target.setId("migration-target");
        target.setValue(model.versions().get(0));
        model.versions().stream().filter(v -> v.running() > 0 && v != model.versions().get(0)).findFirst()
                .ifPresent(source::setValue);
        Button plan = new Button(getTranslation("models.plan"), e -> plan());
        plan.setId("migration-plan");
        Button migrate = new Button(getTranslation("models.migrateAll"), e -> migrate(List.of()));
        migrate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        migrate.setId("migration-start");
        HorizontalLayout row = new HorizontalLayout(source, target, plan, migrate);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
        add(new H2(getTranslation("models.migrationOf", key)), new Paragraph(getTranslation("models.migration.hint")),
                row, report, bar, progress);
    }

    private void plan() {
        report.removeAll();
        if (source.isEmpty() || target.isEmpty()) {
            return;
        }
        try {
            MigrationReport plan = migrations.plan(source.getValue().definitionId(), target.getValue().definitionId(),
                    chosen);
            if (plan.valid()) {
                Grid<MigrationReport.Mapping> grid = new Grid<>();
                grid.addColumn(MigrationReport.Mapping::sourceActivityId).setHeader(getTranslation("models.source"));
                grid.addColumn(MigrationReport.Mapping::targetActivityId).setHeader(getTranslation("models.target"));
                grid.setItems(plan.mappings());
                grid.setAllRowsVisible(true);
                grid.addThemeVariants(GridVariant.LUMO_COMPACT);
                report.add(UiSupport.badge(getTranslation("models.planValid"), "success"), grid, instances());
            } else {
                report.add(UiSupport.badge(getTranslation("models.planInvalid"), "error"));
                plan.problems().stream().filter(MigrationReport.Problem::unmapped)
                        .forEach(problem -> report.add(mappingChoice(problem, plan.targetActivities())));
                List<MigrationReport.Problem> others = plan.problems().stream().filter(p -> !p.unmapped()).toList();
                if (!others.isEmpty()) {
                    Grid<MigrationReport.Problem> grid = new Grid<>();
                    grid.addColumn(p -> p.activityId() == null ? "—" : p.activityId())
                            .setHeader(getTranslation("models.element")).setAutoWidth(true);
                    grid.addColumn(MigrationReport.Problem::message).setHeader(getTranslation("models.finding"))
                            .setFlexGrow(3);
                    grid.setItems(others);
                    grid.setAllRowsVisible(true);
                    report.add(grid);
                }
            }
        } catch (BusinessException error) {
            UiSupport.showError(this, error, Map.of());
        }
    }

    /** Where instances wait at an activity the new version does not have, the admin picks its counterpart. */
    private Component mappingChoice(MigrationReport.Problem problem, List<String> targets) {
        ComboBox<String> choice = new ComboBox<>(getTranslation("models.mapTo", problem.activityId(),
                problem.waiting()));
        choice.setItems(targets);
        choice.setWidth("28rem");
        choice.setId("map-" + problem.activityId());
        choice.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                chosen.put(problem.activityId(), e.getValue());
                plan();
            }
        });
        return choice;
    }

    private Component instances() {
        running.setSelectionMode(Grid.SelectionMode.MULTI);
        running.removeAllColumns();
        running.addColumn(MigrationService.RunningInstance::businessKey).setHeader(getTranslation("models.businessKey"));
        running.addColumn(i -> String.join(", ", i.activities())).setHeader(getTranslation("models.waitingAt"));
        running.addColumn(MigrationService.RunningInstance::id).setHeader("ID");
        running.setItems(migrations.instances(source.getValue().definitionId(), 500));
        running.setHeight("16rem");
        running.addThemeVariants(GridVariant.LUMO_COMPACT);
        running.setId("migration-instances");
        Button selected = new Button(getTranslation("models.migrateSelected"), e -> {
            if (running.getSelectedItems().isEmpty()) {
                Notification.show(getTranslation("models.noneSelected"));
                return;
            }
            migrate(running.getSelectedItems().stream().map(MigrationService.RunningInstance::id).toList());
        });
        selected.setId("migration-start-selected");
        return new VerticalLayout(running, selected);
    }

    private void migrate(List<String> instanceIds) {
        if (source.isEmpty() || target.isEmpty()) {
            return;
        }
        try {
            String batch = migrations.migrate(source.getValue().definitionId(), target.getValue().definitionId(),
                    chosen, instanceIds);
            bar.setVisible(true);
            getUI().ifPresent(ui -> {
                ui.setPollInterval(1000);
                polling = ui.addPollListener(e -> refresh(batch));
            });
            refresh(batch);
        } catch (BusinessException error) {
            UiSupport.showError(this, error, Map.of());
        }
    }

    private void refresh(String batch) {
        BatchProgress state = migrations.progress(batch);
        bar.setValue(state.total() == 0 ? 1 : Math.min(1, (double) state.completed() / state.total()));
        progress.setText(getTranslation("models.batch", state.completed(), state.total(), state.failed()));
        if (state.finished()) {
            progress.setText(getTranslation("models.batchDone", state.total()));
            stopPolling();
        } else if (state.failed() > 0) {
            Button retry = new Button(getTranslation("models.retry"), e -> migrations.retryFailed(batch));
            report.removeAll();
            report.add(new Paragraph(String.join("\n", state.failures())), retry);
        }
    }

    private void stopPolling() {
        if (polling != null) {
            polling.remove();
            polling = null;
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopPolling();
        super.onDetach(event);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("models.migrationOf", key) + " · " + getTranslation("app.title");
    }
}
