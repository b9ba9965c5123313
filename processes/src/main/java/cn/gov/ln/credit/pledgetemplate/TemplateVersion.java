package cn.gov.ln.credit.pledgetemplate;

import cn.gov.ln.credit.forms.FormSchema;
import cn.gov.ln.credit.subject.SubjectKind;
import java.time.Instant;

/**
 * The texts of one version of a template: the notice the applicant reads, the pledge text with {@code {{field}}}
 * placeholders, the liability clause, the form of fields the applicant fills, and how long a pledge is valid.
 * A version may word the pledge for a natural person apart ({@code personPledgeText}).
 * {@code textHash} (SM3 over all of them) is fixed at publication and copied into every pledge signed on it.
 */
public record TemplateVersion(long id, long templateId, int versionNo, VersionStatus status, String noticeText,
        String pledgeText, String liabilityText, String formSchema, int validityMonths, String textHash,
        Instant createdAt, String createdBy, Instant publishedAt, String publishedBy, String personPledgeText) {

    public FormSchema form() {
        return FormSchema.parse(formSchema);
    }

    /** The text a subject of this kind signs: a natural person's own wording where the version has one. */
    public String pledgeTextFor(SubjectKind kind) {
        return !kind.usesUscc() && personPledgeText != null ? personPledgeText : pledgeText;
    }
}
