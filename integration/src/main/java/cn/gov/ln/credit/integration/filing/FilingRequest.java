package cn.gov.ln.credit.integration.filing;

import cn.gov.ln.credit.shared.CleanText;
import cn.gov.ln.credit.shared.ExternalReference;
import cn.gov.ln.credit.shared.WellFormedReference;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A filing from a department system: the matter, the subject, and the system's own reference. */
record FilingRequest(
        @Schema(description = "Permit matter code from the catalogue", example = "LN-SCJG-001")
        @NotBlank @Size(max = 64) @CleanText(singleLine = true) String matterCode,
        @Schema(description = "USCC or citizen ID of the applicant", example = "91210100MA0XXXXXXX")
        @NotBlank @Size(max = 64) @CleanText(singleLine = true) String subjectIdentifier,
        @Schema(description = "Whether a signed pledge replaces the certificates") Boolean inLieuRequested,
        @Schema(description = "Record code of the signed pledge, when inLieuRequested")
        @Size(max = 64) @CleanText(singleLine = true) String pledgeCode,
        @Schema(description = "The department system's own reference; a repeated call returns the same filing")
        @Size(max = ExternalReference.MAX_LENGTH) @WellFormedReference String externalReference) {
}
