package cn.gov.ln.credit.supervision;

/** The kinds of case a supervision mark (督办) is set on. */
public enum SupervisedCase {
    FILING,
    BREACH,
    PENALTY_CASE
}
