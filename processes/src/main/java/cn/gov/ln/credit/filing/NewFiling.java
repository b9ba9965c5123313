package cn.gov.ln.credit.filing;

import cn.gov.ln.credit.shared.CleanText;
import cn.gov.ln.credit.shared.ExternalReference;
import cn.gov.ln.credit.shared.WellFormedReference;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An application: the matter, the subject (an applicant files for their own; an officer at the window or a
 * department system names it), whether a signed pledge should replace the certificates, and the caller's own
 * reference (a repeated call with it returns the same filing).
 */
public record NewFiling(
        @NotBlank @Size(max = 64) @CleanText(singleLine = true) String matterCode,
        @Size(max = 64) @CleanText(singleLine = true) String subjectIdentifier,
        boolean inLieuRequested,
        @Size(max = 64) @CleanText(singleLine = true) String pledgeCode,
        @Size(max = ExternalReference.MAX_LENGTH) @WellFormedReference String externalReference) {
}
