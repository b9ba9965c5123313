package cn.gov.ln.credit.pledgetemplate;

/** The kinds of credit pledge of DOMAIN.md. */
public enum PledgeType {
    /** 审批替代型 */
    APPROVAL_IN_LIEU,
    /** 容缺受理型 */
    TOLERANCE_INTAKE,
    /** 证明事项型 */
    CERTIFICATION_IN_LIEU,
    /** 信用修复型 */
    CREDIT_REPAIR,
    /** 行业自律型 */
    INDUSTRY,
    /** 主动型 */
    VOLUNTARY,
    /** 其他 */
    OTHER
}
