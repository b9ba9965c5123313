package cn.gov.ln.credit.dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * The approval office's figures over the period {@code from} to {@code to}, both days included: filings per day by
 * route, approvals and how many of them rest on a pledge instead of certificates, working days to decision by matter.
 */
public record ApprovalFigures(LocalDate from, LocalDate to, List<DayRouteCount> filingsPerDay, long approvals,
        long approvalsInLieu, List<MatterDays> daysToDecision) {

    public ApprovalFigures {
        filingsPerDay = List.copyOf(filingsPerDay);
        daysToDecision = List.copyOf(daysToDecision);
    }
}
