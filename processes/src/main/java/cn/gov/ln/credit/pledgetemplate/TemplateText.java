package cn.gov.ln.credit.pledgetemplate;

import cn.gov.ln.credit.shared.CleanText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What an administrator edits in a template version. */
public record TemplateText(
        @NotBlank @Size(max = PledgeTemplateService.MAX_TEXT) @CleanText String noticeText,
        @NotBlank @Size(max = PledgeTemplateService.MAX_TEXT) @CleanText String pledgeText,
        @NotBlank @Size(max = PledgeTemplateService.MAX_TEXT) @CleanText String liabilityText,
        String formSchema,
        @Min(value = 1, message = "validation.template.validity")
        @Max(value = 120, message = "validation.template.validity") int validityMonths) {
}
