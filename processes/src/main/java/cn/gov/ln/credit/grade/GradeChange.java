package cn.gov.ln.credit.grade;

/** A subject's grade moving from {@code from} (null when never graded) to {@code to}, scored by a model version. */
public record GradeChange(long subjectId, CreditGrade from, CreditGrade to, int score, String modelVersion) {
}
