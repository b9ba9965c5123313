package cn.gov.ln.credit.incentive;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One department's part of an incentive case: the measures asked of it, its response (applied or why not), its
 * feedback (result and how many times it applied them), and whether it was escalated for being late.
 */
public record IncentivePart(long id, long caseId, long departmentId, String measureCodes, IncentivePartStatus status,
        Boolean applied, String appliedMeasures, String responseNote, Instant respondedAt, String respondedBy,
        String feedbackResult, Integer timesApplied, Instant feedbackAt, String feedbackBy, Instant escalatedAt) {

    /** Late at its current step: past the step's due day, or escalated and still not done. */
    public boolean overdue(LocalDate today, IncentiveCase incentiveCase) {
        return switch (status) {
            case PENDING -> escalatedAt != null || today.isAfter(incentiveCase.responseDueOn());
            case RESPONDED -> today.isAfter(incentiveCase.feedbackDueOn())
                    || escalatedAt != null && respondedAt != null && escalatedAt.isAfter(respondedAt);
            case REPORTED, WITHDRAWN -> false;
        };
    }
}
