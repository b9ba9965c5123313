package cn.gov.ln.credit.integration.evaluation;

import cn.gov.ln.credit.evaluation.Evaluation;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.UnaryOperator;

/** The evaluation as the API gives it; {@code evaluatedOn} is the day (Beijing time) it last changed. */
record EvaluationResponse(String grade, int score, LocalDate evaluatedOn, String modelVersion, List<Factor> factors) {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    record Factor(String name, String label, long value, int score) {
    }

    static EvaluationResponse of(Evaluation evaluation, UnaryOperator<String> label) {
        return new EvaluationResponse(evaluation.grade().name(), evaluation.score(),
                evaluation.evaluatedAt().atZone(ZONE).toLocalDate(), evaluation.modelVersion(),
                evaluation.factors().stream().map(f -> new Factor(f.name(), label.apply(f.name()), f.value(),
                        f.score())).toList());
    }
}
