package cn.gov.ln.credit.account;

import cn.gov.ln.credit.security.ActorKind;
import java.util.Set;

/** What an administrator enters to create an account. */
public record NewUser(
        String username,
        String displayName,
        ActorKind kind,
        Long departmentId,
        String divisionCode,
        Long subjectId,
        Set<String> roles,
        char[] password) {
}
