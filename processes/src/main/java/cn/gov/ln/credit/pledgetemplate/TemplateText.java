package cn.gov.ln.credit.pledgetemplate;

/** What an administrator edits in a template version. */
public record TemplateText(String noticeText, String pledgeText, String liabilityText, String formSchema,
        int validityMonths) {
}
