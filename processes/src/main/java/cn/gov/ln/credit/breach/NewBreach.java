package cn.gov.ln.credit.breach;

import cn.gov.ln.credit.shared.CleanText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A breach a credit officer enters: whose (USCC or citizen ID) and what happened. */
public record NewBreach(
        @NotBlank @Size(max = 64) @CleanText(singleLine = true) String identifier,
        @NotBlank @Size(max = BreachService.MAX_DESCRIPTION) @CleanText String description) {
}
