package cn.gov.ln.credit.substitution;

import java.time.Instant;

/** A named substitute (代理) acting for an absent officer from {@code startsAt} until {@code endsAt}. */
public record Substitution(long id, String absentUsername, String absentName, String substituteUsername,
        String substituteName, long departmentId, Instant startsAt, Instant endsAt, String createdBy,
        Instant createdAt, Instant revokedAt) {

    public boolean isInForceAt(Instant now) {
        return revokedAt == null && !startsAt.isAfter(now) && endsAt.isAfter(now);
    }

    public boolean isOver(Instant now) {
        return revokedAt != null || !endsAt.isAfter(now);
    }
}
