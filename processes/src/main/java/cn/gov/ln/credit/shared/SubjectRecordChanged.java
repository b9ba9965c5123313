package cn.gov.ln.credit.shared;

/**
 * Published (through Spring's {@code ApplicationEventPublisher}, inside the transaction that made the change) when
 * something the public credit evaluation counts has changed for a subject: a listing, a breach, a pledge kept or
 * broken, a repair, an inspection result, a red list entry. The evaluation listens and grades the subject again
 * in the same transaction, so a grade never lags its record.
 *
 * @param subjectId the subject whose record changed
 * @param cause a short code of what changed (for instance {@code BREACH_DETERMINED}), kept with the evaluation
 */
public record SubjectRecordChanged(long subjectId, String cause) {
}
