package cn.gov.ln.credit.integration.filing;

import io.swagger.v3.oas.annotations.media.Schema;

/** A filing from a department system: the matter, the subject, and the system's own reference. */
record FilingRequest(
        @Schema(description = "Permit matter code from the catalogue", example = "LN-SCJG-001") String matterCode,
        @Schema(description = "USCC or citizen ID of the applicant", example = "91210100MA0XXXXXXX")
        String subjectIdentifier,
        @Schema(description = "Whether a signed pledge replaces the certificates") Boolean inLieuRequested,
        @Schema(description = "Record code of the signed pledge, when inLieuRequested") String pledgeCode,
        @Schema(description = "The department system's own reference; a repeated call returns the same filing")
        String externalReference) {
}
