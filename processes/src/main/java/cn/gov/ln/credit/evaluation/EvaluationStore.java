package cn.gov.ln.credit.evaluation;

import cn.gov.ln.credit.grade.CreditGrade;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The current evaluations ({@code credit_evaluation}, one row per subject) and the runs, read and written in
 * batches.
 */
@Component
class EvaluationStore {

    private static final String SUBJECTS = "SELECT s.id, s.current_grade, e.grade, e.score, e.model_version, "
            + "e.factors, e.evaluated_at FROM credit_subject s LEFT JOIN credit_evaluation e ON e.subject_id = s.id ";

    private final JdbcTemplate jdbc;

    EvaluationStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** A subject as the evaluation sees it: its current grade and its stored evaluation (null when none). */
    record Subject(long id, CreditGrade currentGrade, Evaluation stored) {
    }

    /** The organisations with an id in the range, in id order. */
    List<Subject> organisations(long fromId, long toId) {
        return jdbc.query(SUBJECTS + "WHERE s.id BETWEEN ? AND ? AND s.kind <> 'NATURAL_PERSON' ORDER BY s.id",
                EvaluationStore::subject, fromId, toId);
    }

    /** Locks the subjects with an id in the range, in id order (so two ranges cannot deadlock), until commit. */
    void lock(long fromId, long toId) {
        if (fromId == toId) {
            jdbc.queryForList("SELECT id FROM credit_subject WHERE id = ? FOR UPDATE", Long.class, fromId);
        } else {
            jdbc.queryForList("SELECT id FROM credit_subject WHERE id BETWEEN ? AND ? ORDER BY id FOR UPDATE",
                    Long.class, fromId, toId);
        }
    }

    String kindOf(long subjectId) {
        return jdbc.query("SELECT kind FROM credit_subject WHERE id = ?", (rs, i) -> rs.getString(1), subjectId)
                .stream().findFirst().orElse(null);
    }

    Subject organisation(long subjectId) {
        return organisations(subjectId, subjectId).stream().findFirst().orElse(null);
    }

    Evaluation stored(long subjectId) {
        Subject subject = organisation(subjectId);
        return subject == null ? null : subject.stored();
    }

    long maxSubjectId() {
        Long max = jdbc.queryForObject("SELECT MAX(id) FROM credit_subject", Long.class);
        return max == null ? 0 : max;
    }

    void insert(List<Evaluation> evaluations, String cause) {
        jdbc.batchUpdate("INSERT INTO credit_evaluation (grade, score, model_version, factors, cause, evaluated_at, "
                + "subject_id) VALUES (?, ?, ?, ?, ?, ?, ?)", evaluations, 1000, (ps, e) -> bind(ps, e, cause));
    }

    void update(List<Evaluation> evaluations, String cause) {
        jdbc.batchUpdate("UPDATE credit_evaluation SET grade = ?, score = ?, model_version = ?, factors = ?, cause = ?,"
                + " evaluated_at = ? WHERE subject_id = ?", evaluations, 1000, (ps, e) -> bind(ps, e, cause));
    }

    /** The accounts of the subjects in the range, by subject. */
    Map<Long, List<String>> accounts(long fromId, long toId) {
        Map<Long, List<String>> accounts = new HashMap<>();
        jdbc.query("SELECT subject_id, username FROM app_user WHERE subject_id BETWEEN ? AND ? AND enabled = ?",
                rs -> {
                    accounts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                }, fromId, toId, true);
        return accounts;
    }

    /** How many evaluated subjects of the division (code prefix) have each grade, A to D. */
    Map<CreditGrade, Long> distribution(String divisionPrefix) {
        Map<CreditGrade, Long> counts = new LinkedHashMap<>();
        for (CreditGrade grade : CreditGrade.values()) {
            counts.put(grade, 0L);
        }
        jdbc.query("SELECT e.grade, COUNT(*) FROM credit_evaluation e JOIN credit_subject s ON s.id = e.subject_id "
                + "WHERE s.division_code LIKE ? GROUP BY e.grade", rs -> {
                    counts.put(CreditGrade.valueOf(rs.getString(1)), rs.getLong(2));
                }, divisionPrefix + "%");
        return counts;
    }

    // --- runs ---

    EvaluationRun run(LocalDate on, String modelVersion) {
        return jdbc.query("SELECT * FROM evaluation_run WHERE run_on = ? AND model_version = ?",
                EvaluationStore::run, java.sql.Date.valueOf(on), modelVersion).stream().findFirst().orElse(null);
    }

    /** Claims the day's run of the model version; false when another node (or an earlier try) has it. */
    boolean startRun(LocalDate on, String modelVersion, Instant at) {
        try {
            jdbc.update("INSERT INTO evaluation_run (run_on, model_version, status, started_at, last_id, subjects, "
                    + "changed) VALUES (?, ?, ?, ?, 0, 0, 0)", java.sql.Date.valueOf(on), modelVersion,
                    EvaluationRun.RUNNING, Timestamp.from(at));
            return true;
        } catch (org.springframework.dao.DuplicateKeyException e) {
            return false;
        }
    }

    /**
     * Claims the chunk after {@code afterId} up to {@code toId} for the caller's transaction: false when another
     * node (or an earlier try) has moved the run past it. The row stays locked until the chunk's work commits.
     */
    boolean claim(long runId, long afterId, long toId) {
        return jdbc.update("UPDATE evaluation_run SET last_id = ? WHERE id = ? AND last_id = ? AND status = ?", toId,
                runId, afterId, EvaluationRun.RUNNING) == 1;
    }

    void count(long runId, long subjects, long changed) {
        jdbc.update("UPDATE evaluation_run SET subjects = subjects + ?, changed = changed + ? WHERE id = ?",
                subjects, changed, runId);
    }

    /** Marks the run finished; false when another node already did. */
    boolean finish(long runId, Instant at) {
        return jdbc.update("UPDATE evaluation_run SET status = ?, finished_at = ? WHERE id = ? AND status = ?",
                EvaluationRun.FINISHED, Timestamp.from(at), runId, EvaluationRun.RUNNING) == 1;
    }

    List<EvaluationRun> lastRuns(int limit) {
        return jdbc.query("SELECT * FROM evaluation_run ORDER BY started_at DESC, id DESC FETCH FIRST " + limit
                + " ROWS ONLY", EvaluationStore::run);
    }

    private static void bind(java.sql.PreparedStatement ps, Evaluation e, String cause) throws SQLException {
        ps.setString(1, e.grade().name());
        ps.setInt(2, e.score());
        ps.setString(3, e.modelVersion());
        ps.setString(4, e.encodedFactors());
        ps.setString(5, cause);
        ps.setTimestamp(6, Timestamp.from(e.evaluatedAt()));
        ps.setLong(7, e.subjectId());
    }

    private static Subject subject(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong(1);
        String current = rs.getString(2);
        String grade = rs.getString(3);
        Evaluation stored = grade == null ? null : new Evaluation(id, CreditGrade.valueOf(grade), rs.getInt(4),
                rs.getString(5), rs.getTimestamp(7).toInstant(), Evaluation.decode(rs.getString(6)));
        return new Subject(id, current == null ? null : CreditGrade.valueOf(current), stored);
    }

    private static EvaluationRun run(ResultSet rs, int row) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new EvaluationRun(rs.getLong("id"), rs.getDate("run_on").toLocalDate(), rs.getString("model_version"),
                rs.getString("status"), rs.getTimestamp("started_at").toInstant(),
                finished == null ? null : finished.toInstant(), rs.getLong("last_id"), rs.getLong("subjects"),
                rs.getLong("changed"));
    }
}
