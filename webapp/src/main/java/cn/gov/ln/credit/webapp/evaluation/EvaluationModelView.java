package cn.gov.ln.credit.webapp.evaluation;

import cn.gov.ln.credit.evaluation.EvaluationRun;
import cn.gov.ln.credit.evaluation.EvaluationService;
import cn.gov.ln.credit.evaluation.ModelOverview;
import cn.gov.ln.credit.grade.CreditGrade;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.MenuItem;
import cn.gov.ln.credit.webapp.shell.RecordCard;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.Map;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * 评价模型与分布, for the credit office: the deployed evaluation model (edited and deployed through the model library)
 * with its tables summarized, how many organisations of the office's division have each grade, and the last
 * nightly runs.
 */
@Route(value = "evaluation-model", layout = MainLayout.class)
@RequiresPermissions(Permissions.EVALUATION_OVERSEE)
@MenuItem(label = "nav.evaluationModel", icon = "vaadin:scale", order = 26, section = "nav.section.credit")
public class EvaluationModelView extends VerticalLayout implements HasDynamicTitle {

    public EvaluationModelView(EvaluationService evaluations) {
        addClassName("evaluation-model-view");
        ModelOverview overview = evaluations.overview();
        Paragraph version = new Paragraph(getTranslation("evaluation.model.version", overview.modelVersion()));
        version.setId("evaluation-model-version");
        Paragraph scale = new Paragraph(getTranslation("evaluation.scale") + " "
                + getTranslation("evaluation.model.editing"));
        scale.addClassName(LumoUtility.TextColor.SECONDARY);
        add(new H2(getTranslation("nav.evaluationModel")), version, scale,
                new H3(getTranslation("evaluation.distribution")), distribution(overview.distribution()),
                new H3(getTranslation("evaluation.runs")), runs(overview.runs()),
                new H3(getTranslation("evaluation.tables")), tables(overview.tables()));
    }

    private Grid<Map.Entry<CreditGrade, Long>> distribution(Map<CreditGrade, Long> counts) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        Grid<Map.Entry<CreditGrade, Long>> grid = new Grid<>();
        grid.addColumn(e -> UiSupport.label(this, e.getKey())).setHeader(getTranslation("evaluation.grade"));
        grid.addColumn(Map.Entry::getValue).setHeader(getTranslation("evaluation.count"));
        grid.addColumn(e -> total == 0 ? "-" : String.format("%.1f%%", 100.0 * e.getValue() / total))
                .setHeader(getTranslation("evaluation.share"));
        grid.setItems(List.copyOf(counts.entrySet()));
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setId("evaluation-distribution");
        return grid;
    }

    private com.vaadin.flow.component.Component runs(List<EvaluationRun> runs) {
        if (runs.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("evaluation.runs.none"));
            none.addClassName(LumoUtility.TextColor.SECONDARY);
            none.setId("evaluation-runs");
            return none;
        }
        Grid<EvaluationRun> grid = new Grid<>();
        grid.addColumn(r -> UiSupport.date(r.runOn())).setHeader(getTranslation("evaluation.run.on"));
        grid.addColumn(EvaluationRun::modelVersion).setHeader(getTranslation("evaluation.modelVersion"));
        grid.addColumn(r -> getTranslation("evaluation.run.status." + r.status()))
                .setHeader(getTranslation("evaluation.run.status"));
        grid.addColumn(r -> UiSupport.dateTime(r.startedAt())).setHeader(getTranslation("evaluation.run.started"));
        grid.addColumn(r -> r.finishedAt() == null ? "" : UiSupport.dateTime(r.finishedAt()))
                .setHeader(getTranslation("evaluation.run.finished"));
        grid.addColumn(EvaluationRun::subjects).setHeader(getTranslation("evaluation.run.subjects"));
        grid.addColumn(EvaluationRun::changed).setHeader(getTranslation("evaluation.run.changed"));
        grid.setItems(runs);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setId("evaluation-runs");
        return grid;
    }

    private Div tables(List<ModelOverview.Table> tables) {
        Div cards = new Div();
        cards.addClassName("card-list");
        cards.setId("evaluation-tables");
        for (ModelOverview.Table table : tables) {
            RecordCard card = new RecordCard(table.name() == null ? table.decisionId() : table.name())
                    .fact(getTranslation("evaluation.table.decision"), table.decisionId());
            for (ModelOverview.Row row : table.rows()) {
                card.fact(row.input() + " → " + row.output(), row.description());
            }
            cards.add(card);
        }
        return cards;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.evaluationModel") + " · " + getTranslation("app.title");
    }
}
