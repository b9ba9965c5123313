package cn.gov.ln.credit.objection;

/** The columns the objection list sorts by; {@code ObjectionMapper.xml} holds the SQL of each. */
public enum ObjectionSortKey {
    OBJECTION_NO, SUBJECT, GROUND, SUBMITTED, REPLY_DUE, STATUS
}
