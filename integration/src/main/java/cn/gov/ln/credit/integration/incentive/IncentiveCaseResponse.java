package cn.gov.ln.credit.integration.incentive;

import cn.gov.ln.credit.incentive.IncentiveMeasure;
import cn.gov.ln.credit.incentive.IncentivePart;
import cn.gov.ln.credit.incentive.IncomingIncentive;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A joint incentive case as the department it asks sees it: the red entry, its measures and its own part. */
record IncentiveCaseResponse(long id, String caseNo, String subjectName, String uscc, String listingReason,
        String basisNumber, List<Measure> measures, String status, LocalDate responseDueOn, LocalDate feedbackDueOn,
        boolean escalated, Boolean applied, String appliedMeasures, String responseNote, Instant respondedAt,
        String feedback, Integer timesApplied, Instant feedbackAt, String caseStatus) {

    record Measure(String code, String area, String content, String legalBasis) {
    }

    static IncentiveCaseResponse of(IncomingIncentive c, Map<String, IncentiveMeasure> catalogue) {
        IncentivePart p = c.part();
        List<Measure> measures = Arrays.stream(p.measureCodes().split(",")).map(catalogue::get)
                .filter(Objects::nonNull).map(m -> new Measure(m.code(), m.area(), m.content(), m.legalBasis()))
                .toList();
        return new IncentiveCaseResponse(c.incentiveCase().id(), c.incentiveCase().caseNo(), c.subjectName(),
                c.subjectIdentifier(), c.listingReason(), c.basisNumber(), measures, p.status().name(),
                c.incentiveCase().responseDueOn(), c.incentiveCase().feedbackDueOn(), p.escalatedAt() != null,
                p.applied(), p.appliedMeasures(), p.responseNote(), p.respondedAt(), p.feedbackResult(),
                p.timesApplied(), p.feedbackAt(), c.incentiveCase().status().name());
    }
}
