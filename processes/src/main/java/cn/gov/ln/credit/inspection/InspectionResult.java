package cn.gov.ln.credit.inspection;

/** The outcome of one inspection. */
public enum InspectionResult {
    NO_PROBLEM,
    PROBLEMS_CORRECTED,
    BREACH
}
