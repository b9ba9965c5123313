package cn.gov.ln.credit.integration.pledge;

import cn.gov.ln.credit.pledge.Verification;
import java.time.Instant;
import java.time.LocalDate;

/** The public answer about a pledge letter; details only when the letter's hash matched. */
record VerificationResponse(String recordCode, String outcome, boolean authentic, boolean current, String status,
        String supersededBy, String fulfillmentStatus, String pledgerName, String pledgerCategory,
        String acceptingUnitName, String matterName, Instant signedAt, LocalDate validUntil) {

    static VerificationResponse of(Verification v) {
        return new VerificationResponse(v.recordCode(), v.outcome().name(),
                v.outcome() == Verification.Outcome.AUTHENTIC, v.current(),
                v.status() == null ? null : v.status().name(), v.supersededBy(),
                v.fulfillmentStatus() == null ? null : v.fulfillmentStatus().name(), v.pledgerName(),
                v.pledgerCategory() == null ? null : v.pledgerCategory().name(), v.acceptingUnitName(),
                v.matterName(), v.signedAt(), v.validUntil());
    }
}
