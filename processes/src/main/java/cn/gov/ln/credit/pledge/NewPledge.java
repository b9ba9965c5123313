package cn.gov.ln.credit.pledge;

import cn.gov.ln.credit.shared.CleanText;
import cn.gov.ln.credit.shared.ExternalReference;
import cn.gov.ln.credit.shared.WellFormedReference;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * What an applicant (or a department system on their behalf) submits: which template, who pledges (an
 * applicant always pledges for their own subject), the reason, the form values, who sees it and to whom it is
 * addressed. {@code externalReference} makes a department system's retry return the same draft.
 */
public record NewPledge(
        @NotBlank(message = "validation.pledge.noTemplate") @Size(max = 64) @CleanText(singleLine = true)
        String templateCode,
        @Size(max = 64) @CleanText(singleLine = true) String subjectIdentifier,
        @NotBlank @Size(max = PledgeService.MAX_REASON) @CleanText String reason,
        Map<String, Object> fields,
        @NotNull Publicity publicity,
        Long acceptingDepartmentId,
        @Size(max = ExternalReference.MAX_LENGTH) @WellFormedReference String externalReference) {

    public NewPledge {
        fields = fields == null ? Map.of() : fields;
    }
}
