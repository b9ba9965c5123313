package cn.gov.ln.credit.grade;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One evaluation of one subject. The latest is the subject's current grade; earlier ones stay as history. */
public record GradeRecord(long id, long subjectId, CreditGrade grade, BigDecimal score, LocalDate evaluatedOn,
        LocalDate validUntil, String source, Instant createdAt) {
}
