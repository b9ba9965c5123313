package cn.gov.ln.credit.integration.pledge;

import cn.gov.ln.credit.shared.CleanText;
import cn.gov.ln.credit.shared.ExternalReference;
import cn.gov.ln.credit.shared.WellFormedReference;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.Pattern;
import cn.gov.ln.credit.pledge.PledgeService;
import java.util.Map;

/** A pledge a department system registers for a subject at its counter. */
@Schema(description = "A pledge drafted by a department system for a credit subject")
record PledgeRequest(
        @Schema(description = "Code of a published pledge template", example = "FOOD-BUSINESS-IN-LIEU")
        @NotBlank @Size(max = 64) @CleanText(singleLine = true) String templateCode,
        @Schema(description = "USCC or citizen ID of the pledger", example = "91210102000MRNM94T")
        @NotBlank @Size(max = 64) @CleanText(singleLine = true) String subjectIdentifier,
        @Schema(description = "Why the pledge is made")
        @NotBlank @Size(max = PledgeService.MAX_REASON) @CleanText String reason,
        @Schema(description = "Values of the template's form fields, by field key")
        Map<String, Object> fields,
        @Schema(description = "PUBLIC, LIMITED or NOT_PUBLIC; a natural person's pledge cannot be PUBLIC")
        @NotBlank @Pattern(regexp = "PUBLIC|LIMITED|NOT_PUBLIC", message = "validation.form.notAnOption")
        String publicity,
        @Schema(description = "The department's own reference; repeating it returns the same pledge")
        @Size(max = ExternalReference.MAX_LENGTH) @WellFormedReference String externalReference) {
}
