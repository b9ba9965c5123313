package cn.gov.ln.credit.incentive;

import java.util.List;

/** A department's own part of a case, with the case and the red entry it rests on, as the department sees it. */
public record IncomingIncentive(IncentiveCase incentiveCase, IncentivePart part, String subjectName,
        String subjectIdentifier, String listingReason, String basisNumber, List<String> measures, boolean overdue) {
}
