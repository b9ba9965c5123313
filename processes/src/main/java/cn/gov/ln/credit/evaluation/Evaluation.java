package cn.gov.ln.credit.evaluation;

import cn.gov.ln.credit.grade.CreditGrade;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A subject's evaluation: the grade, the total score, the model version that scored it, and every factor. */
public record Evaluation(long subjectId, CreditGrade grade, int score, String modelVersion, Instant evaluatedAt,
        List<FactorScore> factors) {

    public Evaluation {
        factors = List.copyOf(factors);
    }

    /** The factors as stored: {@code name=value:score} pairs separated by commas. */
    String encodedFactors() {
        StringBuilder text = new StringBuilder();
        for (FactorScore factor : factors) {
            text.append(text.isEmpty() ? "" : ",").append(factor.name()).append('=').append(factor.value())
                    .append(':').append(factor.score());
        }
        return text.toString();
    }

    static List<FactorScore> decode(String encoded) {
        List<FactorScore> factors = new ArrayList<>();
        if (encoded == null || encoded.isEmpty()) {
            return factors;
        }
        for (String pair : encoded.split(",")) {
            int eq = pair.indexOf('=');
            int colon = pair.lastIndexOf(':');
            factors.add(new FactorScore(pair.substring(0, eq), Long.parseLong(pair.substring(eq + 1, colon)),
                    Integer.parseInt(pair.substring(colon + 1))));
        }
        return factors;
    }

    /** The same evaluation as stored: grade, score, model and factors (not the time). */
    boolean sameAs(Evaluation other) {
        return other != null && grade == other.grade && score == other.score
                && modelVersion.equals(other.modelVersion) && factors.equals(other.factors);
    }
}
