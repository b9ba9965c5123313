package cn.gov.ln.credit.repair;

/** What the applicant sends: the listing, the signed repair pledge, and a statement of what was done. */
public record NewRepair(Long listEntryId, String pledgeCode, String statement) {
}
