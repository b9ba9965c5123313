package cn.gov.ln.credit.subject;

/** The categories of the national collection template; the first three carry a USCC, persons a citizen ID. */
public enum SubjectKind {
    LEGAL_PERSON,
    OTHER_ORGANIZATION,
    SOLE_TRADER,
    NATURAL_PERSON;

    public boolean usesUscc() {
        return this != NATURAL_PERSON;
    }
}
