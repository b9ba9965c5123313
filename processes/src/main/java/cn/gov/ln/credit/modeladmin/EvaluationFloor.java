package cn.gov.ln.credit.modeladmin;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The model library's rules on a candidate public credit evaluation model ({@code Factor_<name>} tables and a
 * {@code Grade} table): every total from 0 to 1000 has a grade A to D, and a subject with a serious dishonesty
 * listing in force is graded D even with the best score of every other factor. The evaluation applies the second
 * rule in code whatever the model says; this keeps the model library from contradicting it.
 */
final class EvaluationFloor {

    static final String KEY = "CreditEvaluation";
    static final String GRADE = "Grade";
    static final String FACTOR = "Factor_";
    static final String SERIOUS = "Factor_seriousListings";
    private static final int BASE = 1000;
    private static final int MAX_VALUE = 30;
    private static final Set<String> GRADES = Set.of("A", "B", "C", "D");

    private final Supplier<DmnEngine> evaluator;

    EvaluationFloor(Supplier<DmnEngine> evaluator) {
        this.evaluator = evaluator;
    }

    /** The evaluation model is known by its DRD key, whatever decisions an edit left in it. */
    static boolean isEvaluationModel(String definitionsId) {
        return KEY.equals(definitionsId);
    }

    void check(byte[] content, List<Finding> findings) {
        String language = RoutingTableFloor.foreignLanguage(content);
        if (language != null) {
            findings.add(Finding.of(GRADE, "evaluationUncheckable", "expressionLanguage=" + language));
            return;
        }
        Map<String, DmnDecision> decisions = new HashMap<>();
        evaluator.get().parseDecisions(new ByteArrayInputStream(content)).forEach(d -> decisions.put(d.getKey(), d));
        for (String required : List.of(GRADE, SERIOUS)) {
            if (!decisions.containsKey(required)) {
                findings.add(Finding.of(GRADE, "evaluationIncomplete", required));
                return;
            }
        }
        try {
            if (!numericScores(decisions.values(), findings)) {
                return;
            }
            for (int total = 0; total <= BASE; total++) {
                Object grade = output(decisions.get(GRADE), "score", total, "grade");
                if (grade == null || !GRADES.contains(grade.toString().strip())) {
                    findings.add(Finding.of(GRADE, "evaluationGradeMissing", total));
                    break;
                }
            }
            int best = 0;
            for (DmnDecision factor : decisions.values()) {
                if (factor.getKey().startsWith(FACTOR) && !SERIOUS.equals(factor.getKey())) {
                    int max = 0;
                    for (long value = 0; value <= MAX_VALUE; value++) {
                        max = Math.max(max, score(factor, value));
                    }
                    best += max;
                }
            }
            for (long serious = 1; serious <= 3; serious++) {
                int total = Math.max(0, Math.min(BASE, BASE + best + score(decisions.get(SERIOUS), serious)));
                Object grade = output(decisions.get(GRADE), "score", total, "grade");
                if (grade == null || !"D".equals(grade.toString().strip())) {
                    findings.add(Finding.of(GRADE, "evaluationFloor", serious, total, grade));
                    break;
                }
            }
        } catch (RuntimeException e) {
            findings.add(Finding.of(GRADE, "evaluationUncheckable", ParseErrors.reason(e)));
        }
    }

    /** Every factor's score is a whole number (or no rule matches): the evaluation adds them up. */
    private boolean numericScores(Iterable<DmnDecision> decisions, List<Finding> findings) {
        for (DmnDecision factor : decisions) {
            if (factor.getKey().startsWith(FACTOR)) {
                for (long value = 0; value <= MAX_VALUE; value++) {
                    Object score = output(factor, "value", value, "score");
                    if (score != null && !(score instanceof Integer || score instanceof Long
                            || score instanceof Short)) {
                        findings.add(Finding.of(factor.getKey(), "evaluationScoreNotNumeric", value, score));
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private int score(DmnDecision factor, long value) {
        Object score = output(factor, "value", value, "score");
        return score instanceof Number number ? number.intValue() : 0;
    }

    private Object output(DmnDecision decision, String input, Object value, String output) {
        DmnDecisionRuleResult result = evaluator.get().evaluateDecisionTable(decision,
                Variables.createVariables().putValue(input, value)).getFirstResult();
        return result == null ? null : result.getEntry(output);
    }
}
