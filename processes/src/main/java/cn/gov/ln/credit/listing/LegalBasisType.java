package cn.gov.ln.credit.listing;

/** The kinds of document a listing rests on. Dishonesty listings need a legally effective one. */
public enum LegalBasisType {
    COURT_JUDGMENT,
    ARBITRAL_AWARD,
    ADMINISTRATIVE_PENALTY,
    ADMINISTRATIVE_RULING,
    /** A commendation or evaluation result, for the red list. */
    COMMENDATION;

    /** A document a breach determination may rest on: a judgment, award, penalty decision or ruling. */
    public boolean legallyEffective() {
        return this != COMMENDATION;
    }
}
