package cn.gov.ln.credit.breach;

/** The columns the breach list sorts by; {@code BreachMapper.xml} holds the SQL of each. */
public enum BreachSortKey {
    CASE_NO, RAISED, SUBJECT, SOURCE, STATUS
}
