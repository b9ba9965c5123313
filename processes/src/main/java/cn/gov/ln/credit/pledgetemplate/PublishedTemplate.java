package cn.gov.ln.credit.pledgetemplate;

/** A template with the version applicants sign today. */
public record PublishedTemplate(PledgeTemplate template, TemplateVersion version) {
}
