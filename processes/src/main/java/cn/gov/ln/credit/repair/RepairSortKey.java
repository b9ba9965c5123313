package cn.gov.ln.credit.repair;

/** The columns the repair list sorts by; {@code RepairMapper.xml} holds the SQL of each. */
public enum RepairSortKey {
    REPAIR_NO, SUBJECT, SUBMITTED, STATUS
}
