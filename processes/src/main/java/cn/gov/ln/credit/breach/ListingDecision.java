package cn.gov.ln.credit.breach;

import cn.gov.ln.credit.listing.BreachTier;

/** The officer's decision after the defence period: list (with the tier) or not, and why. */
public record ListingDecision(boolean list, BreachTier tier, String reason) {
}
