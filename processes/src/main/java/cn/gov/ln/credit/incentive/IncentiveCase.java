package cn.gov.ln.credit.incentive;

import java.time.Instant;
import java.time.LocalDate;

/** One joint incentive case: a red list entry pushed to every department whose line applies an incentive measure. */
public record IncentiveCase(long id, String caseNo, long listEntryId, long subjectId, long initiatingDepartmentId,
        String divisionCode, String initiatedBy, Instant initiatedAt, LocalDate responseDueOn,
        LocalDate feedbackDueOn, IncentiveStatus status, Instant closedAt, String processInstanceId) {
}
