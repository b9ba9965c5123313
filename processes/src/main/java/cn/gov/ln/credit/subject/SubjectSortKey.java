package cn.gov.ln.credit.subject;

/** The columns the subject list sorts by; {@code SubjectMapper.xml} holds the SQL of each. */
public enum SubjectSortKey {
    REGISTERED, NAME, KIND, GRADE
}
