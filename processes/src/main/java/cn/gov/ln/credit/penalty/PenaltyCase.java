package cn.gov.ln.credit.penalty;

import java.time.Instant;
import java.time.LocalDate;

/** One joint penalty case: a listing pushed to every department whose measures apply, or its lifting. */
public record PenaltyCase(long id, String caseNo, PenaltyAction action, long listEntryId, long subjectId,
        long initiatingDepartmentId, String divisionCode, String initiatedBy, Instant initiatedAt,
        LocalDate responseDueOn, LocalDate feedbackDueOn, CaseStatus status, Instant closedAt,
        String processInstanceId) {

    public enum CaseStatus {
        OPEN,
        CLOSED
    }
}
