package cn.gov.ln.credit.repair;

import cn.gov.ln.credit.shared.CleanText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the applicant sends: the listing, the signed repair pledge, and a statement of what was done. */
public record NewRepair(
        @NotNull Long listEntryId,
        @NotBlank @Size(max = 64) @CleanText(singleLine = true) String pledgeCode,
        @NotBlank @Size(max = 2000) @CleanText String statement) {
}
