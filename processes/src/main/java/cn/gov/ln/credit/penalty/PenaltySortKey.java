package cn.gov.ln.credit.penalty;

/** The columns the case list sorts by; {@code PenaltyMapper.xml} holds the SQL of each. */
public enum PenaltySortKey {
    CASE_NO, ACTION, SUBJECT, INITIATED, PROGRESS, ESCALATED, STATUS
}
