package cn.gov.ln.credit.account;

import cn.gov.ln.credit.security.ActorKind;
import cn.gov.ln.credit.shared.CleanText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** What an administrator enters to create an account. */
public record NewUser(
        @NotNull(message = "validation.username.pattern")
        @Pattern(regexp = AccountAdministration.USERNAME_PATTERN, message = "validation.username.pattern")
        String username,
        @NotBlank @Size(max = 64) @CleanText(singleLine = true) String displayName,
        @NotNull ActorKind kind,
        Long departmentId,
        String divisionCode,
        Long subjectId,
        Set<String> roles,
        char[] password) {
}
