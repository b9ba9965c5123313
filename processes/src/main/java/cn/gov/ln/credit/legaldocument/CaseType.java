package cn.gov.ln.credit.legaldocument;

/** The kind of case a paper belongs to; its readers are that case's readers. */
public enum CaseType {
    FILING, BREACH, OBJECTION, REPAIR, PENALTY, SUBJECT
}
