package cn.gov.ln.credit.evaluation;

import cn.gov.ln.credit.grade.CreditGrade;
import java.util.List;
import java.util.Map;

/**
 * The evaluation model and its results for the credit office: the deployed version, its tables summarized, the
 * grade distribution of the office's division and the last nightly runs.
 */
public record ModelOverview(String modelVersion, List<Table> tables, Map<CreditGrade, Long> distribution,
        List<EvaluationRun> runs) {

    /** One decision table: its decision id ({@code Factor_<name>} or {@code Grade}), name and rules. */
    public record Table(String decisionId, String name, List<Row> rows) {
    }

    /** One rule: the input entry, the output and the rule's description. */
    public record Row(String input, String output, String description) {
    }
}
