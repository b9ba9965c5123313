package cn.gov.ln.credit.grade;

import cn.gov.ln.credit.shared.SubjectRecordChanged;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The keeper of credit grades: the subject's current grade ({@code credit_subject.current_grade}) and its history,
 * a row in {@code credit_grade_record} each time the grade changes, with the score and the evaluation model
 * version in its source (a code, see {@link GradeSource}). The grade itself comes from the public credit evaluation
 * (package {@code evaluation}), which applies the law's floor (a serious dishonesty listing in force grades D).
 * Callers check their own permissions.
 */
@Service
public class GradeService {

    private final GradeMapper mapper;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GradeService(GradeMapper mapper, DataSource dataSource, ApplicationEventPublisher events, Clock clock) {
        this.mapper = mapper;
        this.jdbc = new JdbcTemplate(dataSource);
        this.events = events;
        this.clock = clock;
    }

    public List<GradeRecord> history(long subjectId) {
        return mapper.findBySubject(subjectId);
    }

    /**
     * Grades the subject again from its record (the evaluation listens to the event in this transaction) and
     * returns its grade; natural persons are not graded.
     */
    @Transactional
    public CreditGrade recompute(long subjectId) {
        if ("NATURAL_PERSON".equals(mapper.findKind(subjectId))) {
            return null;
        }
        events.publishEvent(new SubjectRecordChanged(subjectId, "LISTING"));
        List<GradeRecord> history = mapper.findBySubject(subjectId);
        return history.isEmpty() ? null : history.get(0).grade();
    }

    /** Records the changes: a history row each and the subjects' current grades, in batches. */
    @Transactional
    public void record(List<GradeChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        Date today = Date.valueOf(LocalDate.now(clock));
        jdbc.batchUpdate("INSERT INTO credit_grade_record (subject_id, grade, score, evaluated_on, valid_until, source,"
                + " created_at) VALUES (?, ?, ?, ?, NULL, ?, ?)", changes, 1000, (ps, change) -> {
                    ps.setLong(1, change.subjectId());
                    ps.setString(2, change.to().name());
                    ps.setBigDecimal(3, BigDecimal.valueOf(change.score()));
                    ps.setDate(4, today);
                    ps.setString(5, GradeSource.evaluated(change.modelVersion()));
                    ps.setTimestamp(6, Timestamp.from(now));
                });
        jdbc.batchUpdate("UPDATE credit_subject SET current_grade = ? WHERE id = ?", changes, 1000,
                (ps, change) -> {
                    ps.setString(1, change.to().name());
                    ps.setLong(2, change.subjectId());
                });
    }
}
