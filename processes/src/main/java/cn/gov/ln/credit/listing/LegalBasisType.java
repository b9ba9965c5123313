package cn.gov.ln.credit.listing;

/** The kinds of document a listing rests on. Dishonesty listings need a legally effective one. */
public enum LegalBasisType {
    COURT_JUDGMENT,
    ARBITRAL_AWARD,
    ADMINISTRATIVE_PENALTY,
    ADMINISTRATIVE_RULING,
    /** A commendation, for the red list. */
    COMMENDATION,
    /** An evaluation result (a grade or rating published by a department), for the red list. */
    EVALUATION;

    /** A document a breach determination may rest on: a judgment, award, penalty decision or ruling. */
    public boolean legallyEffective() {
        return this != COMMENDATION && this != EVALUATION;
    }

    /** A document a red list determination may rest on. */
    public boolean redListBasis() {
        return !legallyEffective();
    }
}
