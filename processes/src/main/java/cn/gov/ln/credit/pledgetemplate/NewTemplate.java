package cn.gov.ln.credit.pledgetemplate;

import cn.gov.ln.credit.shared.CleanText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new template, for whom it is written (all when not said), and the text of its first (draft) version. */
public record NewTemplate(
        @NotNull(message = "validation.template.code")
        @Pattern(regexp = PledgeTemplateService.CODE_PATTERN, message = "validation.template.code") String code,
        @NotNull PledgeType pledgeType,
        String matterCode,
        @NotBlank @Size(max = 128) @CleanText(singleLine = true) String title,
        TemplateAudience audience,
        TemplateText text) {
}
