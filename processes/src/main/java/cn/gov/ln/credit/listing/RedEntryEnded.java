package cn.gov.ln.credit.listing;

/**
 * Published inside the transaction that ended a red list entry, so that what rests on it (the joint incentive
 * case) stops in the same transaction.
 */
public record RedEntryEnded(long entryId, long subjectId, ListEnding reason, String note) {
}
