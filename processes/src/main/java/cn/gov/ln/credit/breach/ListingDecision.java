package cn.gov.ln.credit.breach;

import cn.gov.ln.credit.listing.BreachTier;
import cn.gov.ln.credit.shared.CleanText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The officer's decision after the defence period: list (with the tier) or not, and why. */
public record ListingDecision(boolean list, BreachTier tier, @NotBlank @Size(max = 1000) @CleanText String reason) {
}
