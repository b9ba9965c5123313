package cn.gov.ln.credit.account;

import cn.gov.ln.credit.security.ActorKind;
import java.time.Instant;

/** A row of {@code app_user}. The password hash never leaves the account package. */
public record UserAccount(
        Long id,
        String username,
        String passwordHash,
        String displayName,
        ActorKind kind,
        Long departmentId,
        String divisionCode,
        Long subjectId,
        boolean enabled,
        int failedAttempts,
        Instant lockedUntil,
        Instant lastLoginAt,
        Instant createdAt) {

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    @Override
    public String toString() {
        return "UserAccount[" + username + "]";
    }
}
