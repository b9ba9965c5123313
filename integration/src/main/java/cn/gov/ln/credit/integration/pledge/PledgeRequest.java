package cn.gov.ln.credit.integration.pledge;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/** A pledge a department system registers for a subject at its counter. */
@Schema(description = "A pledge drafted by a department system for a credit subject")
record PledgeRequest(
        @Schema(description = "Code of a published pledge template", example = "FOOD-BUSINESS-IN-LIEU")
        String templateCode,
        @Schema(description = "USCC or citizen ID of the pledger", example = "91210102000MRNM94T")
        String subjectIdentifier,
        @Schema(description = "Why the pledge is made (at most 512 characters)")
        String reason,
        @Schema(description = "Values of the template's form fields, by field key")
        Map<String, Object> fields,
        @Schema(description = "PUBLIC, LIMITED or NOT_PUBLIC; a natural person's pledge cannot be PUBLIC")
        String publicity,
        @Schema(description = "The department's own reference; repeating it returns the same pledge")
        String externalReference) {
}
