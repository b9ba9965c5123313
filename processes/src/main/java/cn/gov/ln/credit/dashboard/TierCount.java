package cn.gov.ln.credit.dashboard;

import cn.gov.ln.credit.listing.BreachTier;
import cn.gov.ln.credit.listing.ListType;

/** List entries in force of one list and tier (red list entries have no tier). */
public record TierCount(ListType listType, BreachTier tier, long count) {
}
