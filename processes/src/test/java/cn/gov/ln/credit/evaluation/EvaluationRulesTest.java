package cn.gov.ln.credit.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ln.credit.grade.CreditGrade;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the law fixes stays in code: natural persons are not evaluated, a serious listing grades D. */
class EvaluationRulesTest {

    @Test
    void aSeriousListingInForceGradesDWhateverTheModelSays() {
        for (CreditGrade modelled : CreditGrade.values()) {
            assertThat(EvaluationRules.floor(modelled, 1)).isEqualTo(CreditGrade.D);
            assertThat(EvaluationRules.floor(modelled, 0)).isEqualTo(modelled);
        }
    }

    @Test
    void naturalPersonsAreNeverEvaluated() {
        assertThat(EvaluationRules.evaluated("NATURAL_PERSON")).isFalse();
        assertThat(EvaluationRules.evaluated(null)).isFalse();
        assertThat(EvaluationRules.evaluated("LEGAL_PERSON")).isTrue();
    }

    @Test
    void theTotalStaysWithinTheScale() {
        assertThat(EvaluationRules.total(-1400)).isZero();
        assertThat(EvaluationRules.total(120)).isEqualTo(1000);
        assertThat(EvaluationRules.total(-350)).isEqualTo(650);
    }

    @Test
    void factorsAreStoredAndReadBack() {
        Evaluation evaluation = new Evaluation(7, CreditGrade.B, 870, "CreditEvaluation:1", Instant.EPOCH,
                List.of(new FactorScore("breachesDetermined", 1, -150), new FactorScore("repairsCompleted", 1, 20)));
        assertThat(Evaluation.decode(evaluation.encodedFactors())).isEqualTo(evaluation.factors());
    }
}
