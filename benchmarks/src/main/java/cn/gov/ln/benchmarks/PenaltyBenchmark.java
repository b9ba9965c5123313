package cn.gov.ln.benchmarks;

import cn.gov.ln.credit.listing.BreachTier;
import cn.gov.ln.credit.listing.LegalBasisType;
import cn.gov.ln.credit.listing.ListEntry;
import cn.gov.ln.credit.listing.ListingService;
import cn.gov.ln.credit.listing.NewListing;
import cn.gov.ln.credit.penalty.DepartmentResponses;
import cn.gov.ln.credit.penalty.PenaltyAction;
import cn.gov.ln.credit.penalty.PenaltyCase;
import cn.gov.ln.credit.penalty.PenaltyService;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.ActorKind;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.security.SystemRunner;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The joint penalty fan-out through the product's services and its JointPenalty process: the time to push one
 * serious-tier case to every department whose measures apply (64 provincial departments in the shipped catalogue),
 * and a batch of general-tier cases taken through initiate, every department's response and every department's
 * feedback with generated answers, acting as each department. Databases interleaved round by round.
 */
final class PenaltyBenchmark {

    private static final int PUSHES_PER_ROUND = 10;

    private final Map<Database, ConfigurableApplicationContext> contexts;
    private final int rounds;
    private final int cases;

    PenaltyBenchmark(Map<Database, ConfigurableApplicationContext> contexts, int rounds, int cases) {
        this.contexts = contexts;
        this.rounds = rounds;
        this.cases = cases;
    }

    void run(Results results) {
        Map<String, List<Double>> pushes = new LinkedHashMap<>();
        Map<String, Integer> departments = new HashMap<>();
        for (Map.Entry<Database, ConfigurableApplicationContext> entry : contexts.entrySet()) {
            push(entry.getValue(), 3, new ArrayList<>());
        }
        for (int round = 0; round < rounds; round++) {
            for (Map.Entry<Database, ConfigurableApplicationContext> entry : contexts.entrySet()) {
                List<Double> times = pushes.computeIfAbsent(entry.getKey().name(), k -> new ArrayList<>());
                departments.put(entry.getKey().name(), push(entry.getValue(), PUSHES_PER_ROUND, times));
            }
        }
        for (Map.Entry<String, List<Double>> times : pushes.entrySet()) {
            results.add("penalty: push one case", times.getKey() + ", " + departments.get(times.getKey())
                    + " departments", String.format("%.1f ms", Results.median(times.getValue())),
                    String.format("%.1f ms", Results.percentile(times.getValue(), 99)), "",
                    times.getValue().size() + " serious-tier cases: case, parts, process with one response task "
                            + "and its deadline timer per department, one transaction");
        }
        for (Map.Entry<Database, ConfigurableApplicationContext> entry : contexts.entrySet()) {
            pipeline(entry.getKey(), entry.getValue(), results);
        }
    }

    /** Pushes serious-tier listings; returns how many departments each case reached. */
    private int push(ConfigurableApplicationContext context, int count, List<Double> times) {
        List<ListEntry> entries = listings(context, count, BreachTier.SERIOUS);
        PenaltyService penalties = context.getBean(PenaltyService.class);
        SystemRunner system = context.getBean(SystemRunner.class);
        int reached = 0;
        for (ListEntry entry : entries) {
            long started = System.nanoTime();
            PenaltyCase penaltyCase = system.call(() -> penalties.initiate(entry.id(), PenaltyAction.INITIATE,
                    "benchmark"));
            times.add((System.nanoTime() - started) / 1e6);
            reached = penalties.departmentsOf(penaltyCase.id()).size();
        }
        return reached;
    }

    private void pipeline(Database database, ConfigurableApplicationContext context, Results results) {
        List<ListEntry> entries = listings(context, cases, BreachTier.GENERAL);
        PenaltyService penalties = context.getBean(PenaltyService.class);
        DepartmentResponses responses = context.getBean(DepartmentResponses.class);
        SystemRunner system = context.getBean(SystemRunner.class);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        Map<Long, Actor> liaisons = new HashMap<>();
        List<Double> responseMs = new ArrayList<>();
        List<Double> feedbackMs = new ArrayList<>();
        long steps = 0;
        long started = System.nanoTime();
        for (ListEntry entry : entries) {
            PenaltyCase penaltyCase = system.call(() -> penalties.initiate(entry.id(), PenaltyAction.INITIATE,
                    "benchmark"));
            List<Long> asked = penalties.departmentsOf(penaltyCase.id());
            for (long department : asked) {
                Actor liaison = liaisons.computeIfAbsent(department, PenaltyBenchmark::liaison);
                long t = System.nanoTime();
                system.callAs(liaison, () -> responses.respond(penaltyCase.id(), department % 3 == 0
                        ? Map.of("outcome", "NOT_APPLIED", "note", "本部门无对应办理事项")
                        : Map.of("outcome", "APPLIED", "appliedMeasures", "已在业务系统设置限制")));
                responseMs.add((System.nanoTime() - t) / 1e6);
            }
            for (long department : asked) {
                long t = System.nanoTime();
                system.callAs(liaisons.get(department), () -> responses.reportFeedback(penaltyCase.id(),
                        Map.of("result", "已落实", "timesApplied", 1)));
                feedbackMs.add((System.nanoTime() - t) / 1e6);
            }
            steps += 1 + 2L * asked.size();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long closed = jdbc.queryForObject("SELECT COUNT(*) FROM penalty_case WHERE status = 'CLOSED'", Long.class);
        if (closed < cases) {
            throw new IllegalStateException("only " + closed + " of " + cases + " cases closed");
        }
        results.add("penalty: initiate → respond → feedback", database.name(),
                String.format("%.1f cases/s", cases / seconds), "", "",
                String.format("%d cases × %d departments in %.0f s, %d steps (%.0f steps/s), every case closed",
                        cases, responseMs.size() / cases, seconds, steps, steps / seconds));
        results.add("penalty: one department's response", database.name(),
                String.format("%.1f ms", Results.median(responseMs)),
                String.format("%.1f ms", Results.percentile(responseMs, 99)), "",
                responseMs.size() + " responses: form check, part update, task completion");
        results.add("penalty: one department's feedback", database.name(),
                String.format("%.1f ms", Results.median(feedbackMs)),
                String.format("%.1f ms", Results.percentile(feedbackMs, 99)), "",
                feedbackMs.size() + " reports; the last of a case closes it");
    }

    /** Dishonesty listings of organisations of the generated data, decided by the provincial credit office. */
    private static List<ListEntry> listings(ConfigurableApplicationContext context, int count, BreachTier tier) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        ListingService listings = context.getBean(ListingService.class);
        SystemRunner system = context.getBean(SystemRunner.class);
        long department = jdbc.queryForObject("SELECT id FROM department WHERE code = '210000-DEVELOPMENT_REFORM'",
                Long.class);
        List<Long> subjects = jdbc.queryForList("SELECT id FROM credit_subject WHERE kind = 'LEGAL_PERSON' ORDER BY id "
                + "FETCH FIRST 2000 ROWS ONLY", Long.class);
        List<ListEntry> entries = new ArrayList<>();
        LocalDate basis = LocalDate.now().minusDays(30);
        for (int i = 0; i < count; i++) {
            long subject = subjects.get(i % subjects.size());
            int n = i;
            entries.add(system.call(() -> listings.list(new NewListing(null, subject, tier, "基准测试：拒不履行生效判决",
                    LegalBasisType.COURT_JUDGMENT, "（2026）辽01执基准" + n + "号", "沈阳市中级人民法院", basis,
                    department, "210000"))));
        }
        return entries;
    }

    private static Actor liaison(long departmentId) {
        return new Actor(-departmentId, "bench-liaison-" + departmentId, "联络员", ActorKind.STAFF, departmentId, null,
                "210000", null, null, Set.of("DEPARTMENT_LIAISON"), Set.of(Permissions.PENALTY_RESPOND));
    }
}
