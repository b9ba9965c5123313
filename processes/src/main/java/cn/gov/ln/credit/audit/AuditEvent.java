package cn.gov.ln.credit.audit;

import java.time.Instant;

/** One entry of the audit trail. Entries are chained: each hash covers the entry and the previous hash. */
public record AuditEvent(
        long id,
        Instant occurredAt,
        String actor,
        Long departmentId,
        String divisionCode,
        String action,
        String targetType,
        String targetId,
        String detail,
        String clientAddress,
        String prevHash,
        String hash) {
}
