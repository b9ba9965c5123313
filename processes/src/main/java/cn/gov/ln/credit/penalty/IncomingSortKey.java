package cn.gov.ln.credit.penalty;

/**
 * The columns a department's incoming case list sorts by; {@code PenaltyMapper.xml} holds the SQL of each.
 * {@code DUE} is the deadline of the part's current step (the response's, then the feedback's; none once reported),
 * {@code STATE} the part's progress (pending, responded, reported).
 */
public enum IncomingSortKey {
    CASE_NO, RECEIVED, DUE, STATE
}
