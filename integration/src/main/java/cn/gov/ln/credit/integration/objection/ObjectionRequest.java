package cn.gov.ln.credit.integration.objection;

import cn.gov.ln.credit.shared.CleanText;
import cn.gov.ln.credit.shared.ExternalReference;
import cn.gov.ln.credit.shared.WellFormedReference;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An objection a department system files for a subject, e.g. one received at its window. */
record ObjectionRequest(
        @Schema(description = "USCC or citizen ID of the subject the record is about")
        @NotBlank @Size(max = 64) @CleanText(singleLine = true) String subjectIdentifier,
        @Schema(description = "LIST_ENTRY or BREACH") @NotBlank String recordType,
        @Schema(description = "Id of the disputed record") @NotNull Long recordId,
        @Schema(description = "ERROR, OMISSION, DUPLICATE, SHOULD_NOT_PUBLISH, PAST_PERIOD, SOURCE_MISMATCH")
        @NotBlank String ground,
        @Schema(description = "What is wrong") @NotBlank @Size(max = 2000) @CleanText String description,
        @Schema(description = "The system's own reference; a repeated call returns the same objection")
        @Size(max = ExternalReference.MAX_LENGTH) @WellFormedReference String externalReference) {
}
