package cn.gov.ln.credit.grade;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credit grades of organisations from the public credit evaluation. Each evaluation is kept; the newest is the
 * subject's current grade ({@code credit_subject.current_grade}). A serious dishonesty listing grades the subject D
 * while it is in force; when the last one ends, the grade of the latest evaluation comes back. Natural persons are
 * not graded. Callers check their own permissions.
 */
@Service
public class GradeService {

    static final String LISTED = "列入严重失信主体名单";
    static final String RESTORED = "失信信息修复或期满后恢复评价结果";

    private final GradeMapper mapper;
    private final Clock clock;

    GradeService(GradeMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    public List<GradeRecord> history(long subjectId) {
        return mapper.findBySubject(subjectId);
    }

    /** Grades the subject again from its record: D while a serious listing is in force, else its last evaluation. */
    @Transactional
    public CreditGrade recompute(long subjectId) {
        if ("NATURAL_PERSON".equals(mapper.findKind(subjectId))) {
            return null;
        }
        List<GradeRecord> history = mapper.findBySubject(subjectId);
        CreditGrade current = history.isEmpty() ? null : history.get(0).grade();
        LocalDate today = LocalDate.now(clock);
        CreditGrade due;
        String source;
        if (mapper.countSeriousInForce(subjectId, today) > 0) {
            due = CreditGrade.D;
            source = LISTED;
        } else {
            due = history.stream().filter(r -> !LISTED.equals(r.source()) && !RESTORED.equals(r.source()))
                    .map(GradeRecord::grade).findFirst().orElse(null);
            source = RESTORED;
        }
        if (due != current) {
            if (due != null) {
                mapper.insert(new GradeRecord(0, subjectId, due, null, today, null, source,
                        Instant.now(clock).truncatedTo(ChronoUnit.MILLIS)));
            }
            mapper.setCurrentGrade(subjectId, due);
        }
        return due;
    }
}
