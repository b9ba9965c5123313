package cn.gov.ln.credit.filing;

import java.time.Instant;
import java.time.LocalDate;

/** One application for one permit matter (办件), from intake to decision. */
public record Filing(
        long id,
        String filingNo,
        String matterCode,
        long subjectId,
        String applicantUsername,
        FilingChannel channel,
        long departmentId,
        String divisionCode,
        String externalReference,
        String externalKey,
        boolean inLieuRequested,
        Boolean inLieuGranted,
        String inLieuRefusal,
        String pledgeCode,
        FilingRoute route,
        FilingStatus status,
        Instant receivedAt,
        LocalDate dueOn,
        LocalDate papersDueOn,
        Decision decision,
        String decisionReason,
        Instant decidedAt,
        String decidedBy,
        String processInstanceId,
        String createdBy) {

    /** The filing as stored once its row, number and process exist. */
    Filing numbered(long newId, String newFilingNo, String newProcessInstanceId) {
        return new Filing(newId, newFilingNo, matterCode, subjectId, applicantUsername, channel, departmentId,
                divisionCode, externalReference, externalKey, inLieuRequested, inLieuGranted, inLieuRefusal, pledgeCode,
                route, status, receivedAt, dueOn, papersDueOn, decision, decisionReason, decidedAt, decidedBy,
                newProcessInstanceId, createdBy);
    }

    public boolean isOpen() {
        return status != FilingStatus.APPROVED && status != FilingStatus.REJECTED && status != FilingStatus.CLOSED
                && status != FilingStatus.REVOKED;
    }
}
