package cn.gov.ln.credit.penalty;

/** A case in the credit officer's list, with how many departments have answered. */
public record PenaltyCaseSummary(PenaltyCase penaltyCase, String subjectName, String subjectIdentifier,
        int departments, int responded, int reported, int escalated) {

    /** The share of departments done (feedback reported), for the progress bar. */
    public double progress() {
        return departments == 0 ? 1.0 : (double) reported / departments;
    }
}
