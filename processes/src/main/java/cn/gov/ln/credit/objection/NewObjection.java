package cn.gov.ln.credit.objection;

import cn.gov.ln.credit.shared.CleanText;
import cn.gov.ln.credit.shared.ExternalReference;
import cn.gov.ln.credit.shared.WellFormedReference;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An objection as a subject (or a department's system on its behalf, naming the subject by
 * {@code subjectIdentifier} and its own {@code externalReference}) raises it.
 */
public record NewObjection(
        @NotNull Objection.RecordType recordType,
        @NotNull Long recordId,
        @NotNull Objection.Ground ground,
        @NotBlank @Size(max = 2000) @CleanText String description,
        @Size(max = 64) @CleanText(singleLine = true) String subjectIdentifier,
        @Size(max = ExternalReference.MAX_LENGTH) @WellFormedReference String externalReference) {
}
