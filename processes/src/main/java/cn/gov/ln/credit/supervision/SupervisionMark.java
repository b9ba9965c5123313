package cn.gov.ln.credit.supervision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A supervision mark (督办) on a case, on one of its tasks ({@code taskId}) or, in a joint penalty case, on a
 * department late with its part ({@code targetDepartmentId}); open until lifted.
 */
public record SupervisionMark(long id, SupervisedCase caseType, long caseId, String caseNo, String taskId,
        String taskName, Long targetDepartmentId, long departmentId, String divisionCode, String reason,
        LocalDate dueOn, String markedBy, Instant markedAt, Instant liftedAt, String liftedBy, String liftReason) {

    public boolean isOpen() {
        return liftedAt == null;
    }

    /** The address of the case's page, where its notices point. */
    public String caseLink() {
        return switch (caseType) {
            case FILING -> "filings/" + caseId;
            case BREACH -> "breaches/" + caseId;
            case PENALTY_CASE -> "penalty-cases/" + caseId;
        };
    }
}
