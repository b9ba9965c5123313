package cn.gov.ln.credit.creditcheck;

import java.time.Instant;

/** The evidence of one credit check (信用核查报告): what was asked, of which source, by whom, and what it said. */
public record CreditCheckRecord(long id, Long filingId, Long subjectId, String identifier, CheckPurpose purpose,
        String source, String grade, boolean dishonestyListed, boolean redListed, int openBreaches, int falsePledges,
        String hits, Instant checkedAt, String requestedBy, Long departmentId) {

    CreditCheckRecord withId(long newId) {
        return new CreditCheckRecord(newId, filingId, subjectId, identifier, purpose, source, grade, dishonestyListed,
                redListed, openBreaches, falsePledges, hits, checkedAt, requestedBy, departmentId);
    }

    /** Whether anything that routes a filing differs from an earlier check. */
    public boolean differsFrom(CreditCheckRecord earlier) {
        return earlier != null && (!java.util.Objects.equals(grade, earlier.grade())
                || dishonestyListed != earlier.dishonestyListed() || redListed != earlier.redListed()
                || openBreaches != earlier.openBreaches() || falsePledges != earlier.falsePledges());
    }
}
