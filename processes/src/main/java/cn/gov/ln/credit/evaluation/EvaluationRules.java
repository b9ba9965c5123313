package cn.gov.ln.credit.evaluation;

import cn.gov.ln.credit.grade.CreditGrade;

/**
 * What the law fixes, whatever the deployed model says: natural persons are not evaluated (rule 10 of the domain),
 * and a serious dishonesty listing in force grades the subject D. The score is 1000 plus the factors' scores, kept
 * within 0 to 1000.
 */
public final class EvaluationRules {

    public static final String SERIOUS_LISTINGS = "seriousListings";
    public static final int BASE = 1000;
    public static final String NATURAL_PERSON = "NATURAL_PERSON";

    private EvaluationRules() {
    }

    public static boolean evaluated(String subjectKind) {
        return subjectKind != null && !NATURAL_PERSON.equals(subjectKind);
    }

    public static int total(int factorScores) {
        return Math.max(0, Math.min(BASE, BASE + factorScores));
    }

    public static CreditGrade floor(CreditGrade modelled, long seriousListings) {
        return seriousListings > 0 ? CreditGrade.D : modelled;
    }
}
