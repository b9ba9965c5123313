package cn.gov.ln.credit.creditcheck;

/**
 * Why a check ran: at intake, again before the decision, on request (officer or department system), or for a
 * special credit report.
 */
public enum CheckPurpose {
    INTAKE,
    PRE_DECISION,
    ON_REQUEST,
    CREDIT_REPORT
}
