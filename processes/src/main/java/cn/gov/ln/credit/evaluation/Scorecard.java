package cn.gov.ln.credit.evaluation;

import cn.gov.ln.credit.grade.CreditGrade;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.variable.Variables;

/**
 * One deployed version of the evaluation model, parsed once and evaluated in memory. A factor's score depends on
 * its value alone and the grade on the total alone, so each is evaluated once per distinct value.
 */
public final class Scorecard {

    static final String FACTOR_PREFIX = "Factor_";
    static final String GRADE = "Grade";

    private final String version;
    private final DmnEngine engine;
    private final Map<String, DmnDecision> factorTables;
    private final DmnDecision gradeTable;
    private final Map<String, Map<Long, Integer>> scores = new ConcurrentHashMap<>();
    private final Map<Integer, CreditGrade> grades = new ConcurrentHashMap<>();

    Scorecard(String version, DmnEngine engine, Map<String, DmnDecision> factorTables, DmnDecision gradeTable) {
        this.version = version;
        this.engine = engine;
        this.factorTables = Map.copyOf(factorTables);
        this.gradeTable = gradeTable;
    }

    public String version() {
        return version;
    }

    /** The factors the model scores (its {@code Factor_<name>} decisions). */
    public java.util.Set<String> factorNames() {
        return factorTables.keySet();
    }

    /**
     * Scores the values (by factor name; a factor absent has the value 0): every factor of the model and every
     * factor given, in the order of {@code names}, then the total and the grade, with the legal floor applied.
     */
    public Evaluation evaluate(long subjectId, List<String> names, Map<String, Long> values, java.time.Instant at) {
        List<FactorScore> factors = new ArrayList<>(names.size());
        int sum = 0;
        for (String name : names) {
            long value = values.getOrDefault(name, 0L);
            int score = score(name, value);
            sum += score;
            factors.add(new FactorScore(name, value, score));
        }
        int total = EvaluationRules.total(sum);
        CreditGrade grade = EvaluationRules.floor(grade(total),
                values.getOrDefault(EvaluationRules.SERIOUS_LISTINGS, 0L));
        return new Evaluation(subjectId, grade, total, version, at, factors);
    }

    int score(String name, long value) {
        DmnDecision table = factorTables.get(name);
        if (table == null) {
            return 0;
        }
        return scores.computeIfAbsent(name, n -> new ConcurrentHashMap<>()).computeIfAbsent(value, v -> {
            DmnDecisionRuleResult result = engine.evaluateDecisionTable(table,
                    Variables.createVariables().putValue("value", v)).getFirstResult();
            Object score = result == null ? null : result.getEntry("score");
            return score == null ? 0 : ((Number) score).intValue();
        });
    }

    CreditGrade grade(int total) {
        return grades.computeIfAbsent(total, t -> {
            DmnDecisionRuleResult result = engine.evaluateDecisionTable(gradeTable,
                    Variables.createVariables().putValue("score", t)).getFirstResult();
            Object grade = result == null ? null : result.getEntry("grade");
            return grade == null ? CreditGrade.D : CreditGrade.valueOf(grade.toString().strip());
        });
    }
}
