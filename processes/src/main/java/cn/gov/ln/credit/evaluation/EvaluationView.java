package cn.gov.ln.credit.evaluation;

import cn.gov.ln.credit.grade.GradeRecord;
import java.util.List;

/** A subject's current evaluation with its grade history, newest first. */
public record EvaluationView(Evaluation current, List<GradeRecord> history) {

    public EvaluationView {
        history = List.copyOf(history);
    }
}
