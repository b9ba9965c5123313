package cn.gov.ln.credit.pledge;

/** The columns the pledge lists sort by; {@code PledgeMapper.xml} holds the SQL of each. */
public enum PledgeSortKey {
    SIGNED, CODE, SUBJECT, MATTER, FULFILMENT
}
