package cn.gov.ln.credit.pledgetemplate;

/** A new template and the text of its first (draft) version. */
public record NewTemplate(String code, PledgeType pledgeType, String matterCode, String title, TemplateText text) {
}
