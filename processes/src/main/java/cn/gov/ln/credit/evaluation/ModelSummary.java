package cn.gov.ln.credit.evaluation;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;

/** The decision tables of a model file, summarized row by row for people to read. */
final class ModelSummary {

    private ModelSummary() {
    }

    static List<ModelOverview.Table> tables(byte[] content) {
        DmnModelInstance model = Dmn.readModelFromStream(new ByteArrayInputStream(content));
        List<ModelOverview.Table> tables = new ArrayList<>();
        for (Decision decision : model.getModelElementsByType(Decision.class)) {
            if (!(decision.getExpression() instanceof DecisionTable table)) {
                continue;
            }
            List<ModelOverview.Row> rows = new ArrayList<>();
            for (Rule rule : table.getRules()) {
                String input = rule.getInputEntries().isEmpty() ? ""
                        : rule.getInputEntries().iterator().next().getTextContent().strip();
                String output = rule.getOutputEntries().isEmpty() ? ""
                        : rule.getOutputEntries().iterator().next().getTextContent().strip();
                String description = rule.getDescription() == null ? ""
                        : rule.getDescription().getTextContent().strip();
                rows.add(new ModelOverview.Row(input.isEmpty() ? "-" : input, output, description));
            }
            tables.add(new ModelOverview.Table(decision.getId(), decision.getName(), rows));
        }
        return tables;
    }
}
