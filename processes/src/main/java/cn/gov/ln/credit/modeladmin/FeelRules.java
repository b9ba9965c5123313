package cn.gov.ln.credit.modeladmin;

import java.util.List;
import java.util.Locale;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.LiteralExpression;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.dmn.instance.UnaryTests;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Every FEEL text of a decision parses before the decision deploys: the engine parses them only when a rule is
 * first evaluated, so a garbled cell would otherwise deploy and fail a running case. External functions (FEEL's
 * way to call Java) stay off in the checking engine as in the running one.
 */
final class FeelRules {

    private static final FeelEngineApi FEEL = FeelEngineBuilder.forJava().withEnabledExternalFunctions(false).build();

    void check(DmnModelInstance model, List<Finding> findings) {
        for (DecisionTable table : model.getModelElementsByType(DecisionTable.class)) {
            List<Input> inputs = List.copyOf(table.getInputs());
            List<Output> outputs = List.copyOf(table.getOutputs());
            for (Input input : inputs) {
                if (input.getInputExpression() != null && input.getInputExpression().getText() != null
                        && isFeel(input.getInputExpression())) {
                    expression(input.getId(), "inputExpression", input.getInputExpression().getText()
                            .getTextContent(), findings);
                }
            }
            for (Rule rule : table.getRules()) {
                List<InputEntry> entries = List.copyOf(rule.getInputEntries());
                for (int i = 0; i < entries.size(); i++) {
                    InputEntry entry = entries.get(i);
                    if (isFeel(entry) && entry.getText() != null) {
                        unaryTests(rule.getId(), column(inputs, i), entry, findings);
                    }
                }
                List<OutputEntry> results = List.copyOf(rule.getOutputEntries());
                for (int i = 0; i < results.size(); i++) {
                    OutputEntry entry = results.get(i);
                    if (isFeel(entry) && entry.getText() != null) {
                        expression(rule.getId(), i < outputs.size() ? output(outputs.get(i)) : "output " + (i + 1),
                                entry.getText().getTextContent(), findings);
                    }
                }
            }
        }
        for (LiteralExpression literal : model.getModelElementsByType(LiteralExpression.class)) {
            if (!(literal.getParentElement() instanceof Input) && literal.getText() != null
                    && isFeel(literal)) {
                expression(owner(literal), "literalExpression", literal.getText().getTextContent(), findings);
            }
        }
    }

    private static void unaryTests(String ruleId, String column, UnaryTests entry, List<Finding> findings) {
        String text = entry.getText().getTextContent().strip();
        if (text.isEmpty() || "-".equals(text)) {
            return;
        }
        ParseResult result = FEEL.parseUnaryTests(text);
        if (result.isFailure()) {
            findings.add(Finding.at(ruleId, column, "feelInvalid", text, result.failure().message()));
        }
    }

    private static void expression(String elementId, String attribute, String text, List<Finding> findings) {
        String expression = text == null ? "" : text.strip();
        if (expression.isEmpty()) {
            return;
        }
        ParseResult result = FEEL.parseExpression(expression);
        if (result.isFailure()) {
            findings.add(Finding.at(elementId, attribute, "feelInvalid", expression, result.failure().message()));
        }
    }

    private static String column(List<Input> inputs, int index) {
        if (index >= inputs.size()) {
            return "input " + (index + 1);
        }
        Input input = inputs.get(index);
        return input.getLabel() != null && !input.getLabel().isBlank() ? input.getLabel() : input.getId();
    }

    private static String output(Output output) {
        return output.getName() != null ? output.getName() : output.getId();
    }

    private static String owner(LiteralExpression literal) {
        var parent = literal.getParentElement();
        return parent instanceof org.camunda.bpm.model.dmn.instance.DmnElement element ? element.getId()
                : literal.getId();
    }

    /** The element's expression language, or the nearest one set above it; FEEL when none is. */
    private static boolean isFeel(ModelElementInstance element) {
        for (ModelElementInstance current = element; current != null; current = current.getParentElement()) {
            String language = current.getAttributeValue("expressionLanguage");
            if (language != null && !language.isBlank()) {
                return language.toLowerCase(Locale.ROOT).contains("feel");
            }
        }
        return true;
    }
}
