package cn.gov.ln.credit.repair;

import cn.gov.ln.credit.listing.ListEntry;

/** One of the applicant's dishonesty listings and whether it can be repaired now. */
public record RepairableListing(ListEntry entry, RepairEligibility eligibility) {
}
