package cn.gov.ln.credit.supervision;

/** The columns the supervision list sorts by; {@code SupervisionMapper.xml} holds the SQL of each. */
public enum SupervisionSortKey {
    MARKED_AT, DUE_ON, CASE_NO, CASE_TYPE
}
