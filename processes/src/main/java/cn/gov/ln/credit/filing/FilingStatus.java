package cn.gov.ln.credit.filing;

/** Where a filing stands. */
public enum FilingStatus {
    RECEIVED, IN_REVIEW, PAPERS_REQUESTED, AWAITING_DECISION, APPROVED, REJECTED, CLOSED, REVOKED
}
