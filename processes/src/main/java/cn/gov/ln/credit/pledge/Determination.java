package cn.gov.ln.credit.pledge;

import cn.gov.ln.credit.shared.CleanText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** An officer's determination of whether a pledge was kept, with the fields of the national template. */
public record Determination(
        @NotNull FulfillmentStatus status,
        @Size(max = 2000) @CleanText String unfulfilledContent,
        @Size(max = 1000) @CleanText String actionTaken,
        @NotNull LocalDate determinationDate,
        @Size(max = PledgeService.MAX_REASON) @CleanText String note) {
}
