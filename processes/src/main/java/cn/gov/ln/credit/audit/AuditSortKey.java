package cn.gov.ln.credit.audit;

/** The columns the audit trail sorts by; {@code AuditMapper.xml} holds each one's SQL (TIME: the chain's order). */
public enum AuditSortKey {
    TIME, ACTOR, ACTION
}
