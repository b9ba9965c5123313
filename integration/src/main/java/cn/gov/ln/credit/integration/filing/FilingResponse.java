package cn.gov.ln.credit.integration.filing;

import cn.gov.ln.credit.creditcheck.CreditCheckRecord;
import cn.gov.ln.credit.creditcheck.CreditFacts;
import cn.gov.ln.credit.filing.Decision;
import cn.gov.ln.credit.filing.Filing;
import cn.gov.ln.credit.filing.FilingChannel;
import cn.gov.ln.credit.filing.FilingRoute;
import cn.gov.ln.credit.filing.FilingStatus;
import cn.gov.ln.credit.filing.FilingSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/** A filing as department systems see it: where it stands, its route, deadlines, decision and credit checks. */
record FilingResponse(long id, String filingNo, String matterCode, String matterName, String subjectIdentifier,
        String subjectName, FilingChannel channel, String externalReference, FilingStatus status, FilingRoute route,
        boolean inLieuRequested, Boolean inLieuGranted, String inLieuRefusal, String pledgeCode, Instant receivedAt,
        LocalDate dueOn, LocalDate papersDueOn, Decision decision, String decisionReason, Instant decidedAt,
        List<CreditCheckResponse> creditChecks) {

    /** {@code hitsOf}: a check's list entries, read by {@code CreditCheckService}, which owns their stored form. */
    static FilingResponse of(FilingSummary view, String refusal,
            Function<CreditCheckRecord, List<CreditFacts.Hit>> hitsOf) {
        Filing f = view.filing();
        return new FilingResponse(f.id(), f.filingNo(), f.matterCode(), view.matter().name(),
                view.subject().identifier(), view.subject().name(), f.channel(), f.externalReference(),
                f.status(), f.route(), f.inLieuRequested(), f.inLieuGranted(), refusal, f.pledgeCode(),
                f.receivedAt(), f.dueOn(), f.papersDueOn(), f.decision(), f.decisionReason(), f.decidedAt(),
                view.checks().stream().map(c -> CreditCheckResponse.of(c, hitsOf.apply(c))).toList());
    }
}
