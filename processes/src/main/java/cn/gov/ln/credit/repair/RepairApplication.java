package cn.gov.ln.credit.repair;

import java.time.Instant;

/** A credit repair application: the listing it asks to end, the repair pledge, the proof of fulfilment. */
public record RepairApplication(long id, String repairNo, long subjectId, long listEntryId, String pledgeCode,
        long proofDocumentId, String statement, String divisionCode, String submittedBy, Instant submittedAt,
        RepairStatus status, String decisionReason, Instant decidedAt, String decidedBy, String processInstanceId) {

    public enum RepairStatus {
        PENDING,
        GRANTED,
        REFUSED
    }
}
