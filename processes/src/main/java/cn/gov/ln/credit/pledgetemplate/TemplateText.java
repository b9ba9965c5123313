package cn.gov.ln.credit.pledgetemplate;

import cn.gov.ln.credit.shared.CleanText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What an administrator edits in a template version. {@code personPledgeText}, where given, is what a natural
 * person signs instead of {@code pledgeText} (which then speaks for an organisation).
 */
public record TemplateText(
        @NotBlank @Size(max = PledgeTemplateService.MAX_TEXT) @CleanText String noticeText,
        @NotBlank @Size(max = PledgeTemplateService.MAX_TEXT) @CleanText String pledgeText,
        @NotBlank @Size(max = PledgeTemplateService.MAX_TEXT) @CleanText String liabilityText,
        String formSchema,
        @Min(value = 1, message = "validation.template.validity")
        @Max(value = 120, message = "validation.template.validity") int validityMonths,
        @Size(max = PledgeTemplateService.MAX_TEXT) @CleanText String personPledgeText) {

    /** A text without the wording for a natural person: the pledge text serves everyone. */
    public TemplateText(String noticeText, String pledgeText, String liabilityText, String formSchema,
            int validityMonths) {
        this(noticeText, pledgeText, liabilityText, formSchema, validityMonths, null);
    }

    /** The natural person's wording, null when blank. */
    public String personText() {
        return personPledgeText == null || personPledgeText.isBlank() ? null : personPledgeText.strip();
    }

    TemplateText withPersonTextTrimmed() {
        return new TemplateText(noticeText, pledgeText, liabilityText, formSchema, validityMonths, personText());
    }
}
