package cn.gov.ln.credit.integration.filing;

import cn.gov.ln.credit.creditcheck.CheckPurpose;
import cn.gov.ln.credit.creditcheck.CreditCheckRecord;
import cn.gov.ln.credit.creditcheck.CreditFacts;
import java.time.Instant;
import java.util.List;

/** The evidence of one credit check: what was asked, of which source, by whom, and what it said. */
record CreditCheckResponse(long checkId, String identifier, boolean subjectKnown, CheckPurpose purpose,
        String source, String grade, boolean dishonestyListed, boolean redListed, int openBreaches,
        int falsePledges, List<CreditFacts.Hit> hits, Instant checkedAt, String requestedBy, Long filingId) {

    /** {@code hits}: the check's list entries, read by {@code CreditCheckService}, which owns their stored form. */
    static CreditCheckResponse of(CreditCheckRecord record, List<CreditFacts.Hit> hits) {
        return new CreditCheckResponse(record.id(), record.identifier(), record.subjectId() != null,
                record.purpose(), record.source(), record.grade(), record.dishonestyListed(), record.redListed(),
                record.openBreaches(), record.falsePledges(), hits, record.checkedAt(),
                record.requestedBy(), record.filingId());
    }
}
