package cn.gov.ln.credit.incentive;

/** Where one department's part of a joint incentive case stands. */
public enum IncentivePartStatus {
    /** Waiting for the department's response. */
    PENDING,
    /** Responded; the feedback report is due. */
    RESPONDED,
    /** Feedback reported: the department's part is done. */
    REPORTED,
    /** The case was withdrawn before the department reported. */
    WITHDRAWN
}
