package cn.gov.ln.credit.audit;

import java.time.Instant;

/** Filters of the audit trail list; null means no filter. */
public record AuditQuery(String actor, String action, Instant from, Instant to) {

    public static final AuditQuery ALL = new AuditQuery(null, null, null, null);
}
