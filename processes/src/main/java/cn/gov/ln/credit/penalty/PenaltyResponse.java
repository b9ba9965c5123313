package cn.gov.ln.credit.penalty;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One department's part of a case: the measures asked of it, its response (applied or why not), its feedback
 * report, and whether it was escalated for being late.
 */
public record PenaltyResponse(long id, long caseId, long departmentId, String measureCodes, ResponseStatus status,
        Boolean applied, String appliedMeasures, String responseNote, Instant respondedAt, String respondedBy,
        String feedbackNote, Instant feedbackAt, String feedbackBy, Instant escalatedAt) {

    public enum ResponseStatus {
        /** Waiting for the department's response. */
        PENDING,
        /** Responded; the feedback report is due. */
        RESPONDED,
        /** Feedback reported: the department's part is done. */
        REPORTED
    }

    /** Late at its current step: past the step's due day, or escalated for it and still not done. */
    public boolean overdue(LocalDate today, PenaltyCase penaltyCase) {
        return switch (status) {
            case PENDING -> escalatedAt != null || today.isAfter(penaltyCase.responseDueOn());
            case RESPONDED -> today.isAfter(penaltyCase.feedbackDueOn())
                    || escalatedAt != null && respondedAt != null && escalatedAt.isAfter(respondedAt);
            case REPORTED -> false;
        };
    }
}
