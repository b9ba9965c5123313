package cn.gov.ln.credit.objection;

import cn.gov.ln.credit.listing.BreachTier;

/** The credit officer's answer after verifying with the source: corrected (with the correction), revoked or upheld. */
public record ObjectionDecision(Objection.ObjectionStatus outcome, String reason, String correctedText,
        BreachTier correctedTier) {
}
