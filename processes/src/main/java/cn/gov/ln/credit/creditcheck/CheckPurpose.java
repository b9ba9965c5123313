package cn.gov.ln.credit.creditcheck;

/** Why a check ran: at intake, again before the decision, or on request (officer or department system). */
public enum CheckPurpose {
    INTAKE,
    PRE_DECISION,
    ON_REQUEST
}
