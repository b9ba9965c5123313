package cn.gov.ln.credit.integration.objection;

import io.swagger.v3.oas.annotations.media.Schema;

/** An objection a department system files for a subject, e.g. one received at its window. */
record ObjectionRequest(
        @Schema(description = "USCC or citizen ID of the subject the record is about") String subjectIdentifier,
        @Schema(description = "LIST_ENTRY or BREACH") String recordType,
        @Schema(description = "Id of the disputed record") Long recordId,
        @Schema(description = "ERROR, OMISSION, DUPLICATE, SHOULD_NOT_PUBLISH, PAST_PERIOD, SOURCE_MISMATCH")
        String ground,
        @Schema(description = "What is wrong, up to 2000 characters") String description,
        @Schema(description = "The system's own reference; a repeated call returns the same objection")
        String externalReference) {
}
