package cn.gov.ln.credit.subject;

/**
 * Filters of the subject list. {@code text} matches the start of a name or an identifier; null means no filter.
 */
public record SubjectQuery(String text, SubjectKind kind, String grade, String divisionCode) {

    public static final SubjectQuery ALL = new SubjectQuery(null, null, null, null);
}
