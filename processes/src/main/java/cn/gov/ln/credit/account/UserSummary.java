package cn.gov.ln.credit.account;

import cn.gov.ln.credit.security.ActorKind;
import java.time.Instant;
import java.util.List;

/** What administrators see of an account. */
public record UserSummary(
        long id,
        String username,
        String displayName,
        ActorKind kind,
        Long departmentId,
        String departmentName,
        String divisionCode,
        String divisionName,
        boolean enabled,
        boolean locked,
        Instant lastLoginAt,
        List<String> roles) {
}
