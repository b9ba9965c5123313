package cn.gov.ln.credit.integration.penalty;

import cn.gov.ln.credit.penalty.IncomingCase;
import cn.gov.ln.credit.penalty.PenaltyMeasure;
import cn.gov.ln.credit.penalty.PenaltyResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A joint penalty case as the department it asks sees it: the listing, its measures and its own part. */
record PenaltyCaseResponse(long id, String caseNo, String action, String subjectName, String uscc, String tier,
        String listingReason, String basisNumber, List<Measure> measures, String status, LocalDate responseDueOn,
        LocalDate feedbackDueOn, boolean escalated, Boolean applied, String appliedMeasures, String responseNote,
        Instant respondedAt, String feedback, Instant feedbackAt, String caseStatus) {

    record Measure(String code, String area, String content, String legalBasis) {
    }

    static PenaltyCaseResponse of(IncomingCase c, Map<String, PenaltyMeasure> catalogue) {
        PenaltyResponse r = c.response();
        List<Measure> measures = java.util.Arrays.stream(r.measureCodes().split(",")).map(catalogue::get)
                .filter(java.util.Objects::nonNull)
                .map(m -> new Measure(m.code(), m.area(), m.content(), m.legalBasis())).toList();
        return new PenaltyCaseResponse(c.penaltyCase().id(), c.penaltyCase().caseNo(),
                c.penaltyCase().action().name(), c.subjectName(), c.subjectIdentifier(), c.tier(), c.listingReason(),
                c.basisNumber(), measures, r.status().name(), c.penaltyCase().responseDueOn(),
                c.penaltyCase().feedbackDueOn(), r.escalatedAt() != null, r.applied(), r.appliedMeasures(),
                r.responseNote(), r.respondedAt(), r.feedbackNote(), r.feedbackAt(),
                c.penaltyCase().status().name());
    }
}
