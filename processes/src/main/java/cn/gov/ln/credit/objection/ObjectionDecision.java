package cn.gov.ln.credit.objection;

import cn.gov.ln.credit.shared.CleanText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.gov.ln.credit.listing.BreachTier;

/** The credit officer's answer after verifying with the source: corrected (with the correction), revoked or upheld. */
public record ObjectionDecision(
        @NotNull Objection.ObjectionStatus outcome,
        @NotBlank @Size(max = 2000) @CleanText String reason,
        @Size(max = 500) @CleanText String correctedText,
        BreachTier correctedTier) {
}
