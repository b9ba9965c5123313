package cn.gov.ln.credit.pledgetemplate;

import cn.gov.ln.credit.subject.SubjectKind;

/**
 * Whom a template is written for. A food business permit or an association's self-discipline pledge speaks as "本单位"
 * and is no pledge a citizen can make; a pledge replacing a certificate suits both, with a text for each.
 */
public enum TemplateAudience {
    /** Legal persons, other organisations and sole traders: every subject with a unified social credit code. */
    ORGANIZATIONS,
    NATURAL_PERSONS,
    ALL;

    public boolean admits(SubjectKind kind) {
        return switch (this) {
            case ALL -> true;
            case ORGANIZATIONS -> kind.usesUscc();
            case NATURAL_PERSONS -> !kind.usesUscc();
        };
    }
}
