package cn.gov.ln.credit.filing;

/** The columns the filing list sorts by; {@code FilingMapper.xml} holds the SQL of each. */
public enum FilingSortKey {
    FILING_NO, MATTER, APPLICANT, STATUS, ROUTE, RECEIVED, DUE_ON
}
