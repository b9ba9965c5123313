package cn.gov.ln.benchmarks;

import cn.gov.ln.credit.evaluation.EvaluationRun;
import cn.gov.ln.credit.evaluation.NightlyEvaluation;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The nightly public credit evaluation over many organisations on PostgreSQL: the database is filled with
 * {@code INSERT ... SELECT generate_series} (per 100 organisations: 1 serious and 2 general dishonesty listings in
 * force, 2 expired and 1 repaired within three years, 1 on the red list, 20 with a kept pledge, 2 with a broken
 * one), then the nightly run evaluates them all in chunks of 5000 ids: first with nothing stored (every row
 * written, every grade new), then again the same day after its run record is removed and the tables vacuumed
 * (nothing changed).
 */
final class EvaluationBenchmark {

    private final Database database;
    private final ConfigurableApplicationContext core;
    private final long organisations;

    EvaluationBenchmark(Database database, ConfigurableApplicationContext core, long organisations) {
        this.database = database;
        this.core = core;
        this.organisations = organisations;
    }

    void run(Results results) {
        JdbcTemplate jdbc = core.getBean(JdbcTemplate.class);
        NightlyEvaluation nightly = core.getBean(NightlyEvaluation.class);
        long started = System.nanoTime();
        fill(jdbc);
        double fillSeconds = (System.nanoTime() - started) / 1e9;
        long total = jdbc.queryForObject("SELECT COUNT(*) FROM credit_subject WHERE kind <> 'NATURAL_PERSON'",
                Long.class);
        results.add("evaluation: filling the database", database.name(), String.format("%.0f s", fillSeconds), "",
                "", String.format("%,d organisations (with the demo's), INSERT ... SELECT generate_series", total));

        jdbc.update("DELETE FROM credit_evaluation");
        jdbc.update("DELETE FROM evaluation_run");
        jdbc.update("UPDATE credit_subject SET current_grade = NULL");
        jdbc.execute("ANALYZE");
        measure(results, nightly, "first run, nothing stored");
        Map<String, Long> grades = jdbc.queryForList("SELECT grade, COUNT(*) AS n FROM credit_evaluation GROUP BY grade"
                + " ORDER BY grade").stream().collect(Collectors.toMap(r -> (String) r.get("grade"),
                r -> ((Number) r.get("n")).longValue(), (a, b) -> a, java.util.TreeMap::new));
        System.out.println("grades: " + grades);
        jdbc.update("DELETE FROM evaluation_run");
        // a night later autovacuum has cleaned up after the first run's million writes; without this it may be
        // still at work during the second run
        jdbc.execute("VACUUM ANALYZE");
        measure(results, nightly, "again, nothing changed (after VACUUM ANALYZE): " + grades);
    }

    private void measure(Results results, NightlyEvaluation nightly, String what) {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long started = System.nanoTime();
        EvaluationRun run = nightly.run();
        double seconds = (System.nanoTime() - started) / 1e9;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        results.add("evaluation: nightly run", database.name() + ", " + what.replaceAll("[:=(].*", "").strip(),
                String.format("%,.0f subjects/s", run.subjects() / seconds), "", "",
                String.format("%,d organisations in %.0f s, %,d rows changed, heap peak %d MB (sum of pools); %s",
                        run.subjects(), seconds, run.changed(), peak >> 20, what.replace('|', '/')));
    }

    private void fill(JdbcTemplate jdbc) {
        long base = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM credit_subject", Long.class);
        long department = jdbc.queryForObject("SELECT id FROM department WHERE code = '210000-DEVELOPMENT_REFORM'",
                Long.class);
        System.out.println("Filling " + organisations + " organisations...");
        jdbc.update("INSERT INTO credit_subject (kind, name, uscc, identifier_status, division_code, current_grade, "
                + "created_at) SELECT 'LEGAL_PERSON', '基准企业' || g, 'B' || lpad(g::text, 17, '0'), 'VALID', "
                + "'210102', NULL, now() FROM generate_series(1, ?) g", organisations);
        String entry = "INSERT INTO list_entry (list_type, subject_id, tier, reason, basis_type, basis_number, "
                + "basis_issuer, basis_date, department_id, division_code, listed_on, publish_until, expires_on, "
                + "status, created_at, created_by) SELECT ?, s.id, ?, '基准测试', 'COURT_JUDGMENT', '（2026）基准' || s.id, "
                + "'沈阳市中级人民法院', CURRENT_DATE - ?, " + department + ", s.division_code, CURRENT_DATE - ?, "
                + "CURRENT_DATE - ? + 1095, CURRENT_DATE - ? + 1095, ?, now(), 'benchmark' FROM credit_subject s "
                + "WHERE s.id > " + base + " AND s.id % 100 ";
        listing(jdbc, entry + "= 0", "DISHONESTY", "SERIOUS", 60, "ACTIVE");
        listing(jdbc, entry + "IN (1, 2)", "DISHONESTY", "GENERAL", 120, "ACTIVE");
        listing(jdbc, entry + "IN (3, 4)", "DISHONESTY", "GENERAL", 730, "EXPIRED");
        listing(jdbc, entry + "= 5", "DISHONESTY", "GENERAL", 365, "LIFTED");
        listing(jdbc, entry + "= 6", "RED", null, 30, "ACTIVE");
        jdbc.update("INSERT INTO repair_application (repair_no, subject_id, list_entry_id, pledge_code, "
                + "proof_document_id, statement, division_code, submitted_by, submitted_at, status, decided_at, "
                + "decided_by) SELECT 'XFB' || e.id, e.subject_id, e.id, 'B' || e.id, 0, '基准测试', e.division_code, "
                + "'benchmark', now() - interval '100 days', 'GRANTED', now() - interval '90 days', 'benchmark' "
                + "FROM list_entry e WHERE e.subject_id > ? AND e.status = 'LIFTED'", base);
        String pledge = "INSERT INTO pledge (draft_ref, template_version_id, template_text_hash, pledge_type, "
                + "subject_id, pledger_name, pledger_category, pledger_identifier, reason, content, liability, "
                + "field_values, publicity, division_code, pledge_date, status, fulfillment_status, created_at, "
                + "created_by) SELECT 'bench-' || s.id, (SELECT MIN(id) FROM pledge_template_version), 'x', "
                + "'PERMIT', s.id, s.name, 'ORGANIZATION', s.uscc, '基准测试', '承诺内容', '失信责任', '{}', 'PUBLIC', "
                + "s.division_code, CURRENT_DATE - 200, 'SIGNED', ?, now() - interval '200 days', 'benchmark' "
                + "FROM credit_subject s WHERE s.id > " + base + " AND s.id % 100 ";
        jdbc.update(pledge + "BETWEEN 10 AND 29", "FULFILLED");
        jdbc.update(pledge + "IN (30, 31)", "NOT_FULFILLED");
    }

    private static void listing(JdbcTemplate jdbc, String sql, String type, String tier, int daysAgo, String status) {
        jdbc.update(sql, type, tier, daysAgo, daysAgo, daysAgo, daysAgo, status);
    }
}
