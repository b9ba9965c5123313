package cn.gov.ln.credit.integration.objection;

import cn.gov.ln.credit.objection.Objection;
import java.time.Instant;
import java.time.LocalDate;

/** An objection and where it stands. */
record ObjectionResponse(long id, String objectionNo, String recordType, long recordId, String ground,
        String status, LocalDate replyDueOn, Instant submittedAt, String outcomeReason, Instant decidedAt,
        String externalReference) {

    static ObjectionResponse of(Objection o) {
        String reference = o.externalKey() == null ? null : o.externalKey().substring(o.externalKey().indexOf(':') + 1);
        return new ObjectionResponse(o.id(), o.objectionNo(), o.recordType().name(), o.recordId(), o.ground().name(),
                o.status().name(), o.replyDueOn(), o.submittedAt(), o.outcomeReason(), o.decidedAt(), reference);
    }
}
