package cn.gov.ln.credit.pledge;

import cn.gov.ln.credit.subject.SubjectKind;

/** The pledger categories of the national collection template. */
public enum PledgerCategory {
    /** 法人及非法人组织 */
    ORGANIZATION,
    /** 个体工商户 */
    SOLE_TRADER,
    /** 自然人 */
    NATURAL_PERSON;

    public static PledgerCategory of(SubjectKind kind) {
        return switch (kind) {
            case NATURAL_PERSON -> NATURAL_PERSON;
            case SOLE_TRADER -> SOLE_TRADER;
            default -> ORGANIZATION;
        };
    }
}
