package cn.gov.ln.credit.incentive;

/** Where a joint incentive case stands. */
public enum IncentiveStatus {
    OPEN,
    /** Every department has reported its feedback. */
    CLOSED,
    /** The red entry ended (the subject became ineligible or was removed): the departments stop. */
    WITHDRAWN
}
