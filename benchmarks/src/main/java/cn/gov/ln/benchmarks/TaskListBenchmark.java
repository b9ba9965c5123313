package cn.gov.ln.benchmarks;

import cn.gov.ln.credit.filing.FilingRoute;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.task.DueFilter;
import cn.gov.ln.credit.task.FilingTaskService;
import cn.gov.ln.credit.task.TaskQuery;
import cn.gov.ln.credit.task.TaskSort;
import cn.gov.ln.credit.task.TaskSortKey;
import cn.gov.ln.credit.task.TaskView;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.shiro.subject.Subject;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The officers' task list with many open tasks: filings of one department (Shenyang market regulation) waiting
 * at review, each a real process instance with its task, candidate group, due date and boundary timer, made by
 * the engine (started before the review task, as the credit check and routing would leave them). Then the first
 * page, with its count, as the task screen asks for it, per view and filter, and sorted by a column.
 */
final class TaskListBenchmark {

    private static final String[] MATTERS = {"LN-SCJG-001", "LN-SCJG-002", "LN-SCJG-003"};
    private static final int BATCH = 500;
    private static final int REPEATS = 30;

    private final Map<Database, ConfigurableApplicationContext> contexts;
    private final int tasks;

    TaskListBenchmark(Map<Database, ConfigurableApplicationContext> contexts, int tasks) {
        this.contexts = contexts;
        this.tasks = tasks;
    }

    void run(Results results) {
        Map<String, Map<String, List<Double>>> timings = new LinkedHashMap<>();
        Map<String, Map<String, List<Double>>> sorted = new LinkedHashMap<>();
        for (Map.Entry<Database, ConfigurableApplicationContext> entry : contexts.entrySet()) {
            ConfigurableApplicationContext context = entry.getValue();
            long started = System.nanoTime();
            String probe = seed(context);
            double seconds = (System.nanoTime() - started) / 1e9;
            // after a bulk load, as a DBA would (and autovacuum or H2's auto-analyze would, in time)
            context.getBean(JdbcTemplate.class).execute("ANALYZE");
            results.add("task list: seeding", entry.getKey().name(), String.format("%.0f tasks/s", tasks / seconds),
                    "", "", tasks + " process instances at review, in " + String.format("%.0f s", seconds));
            timings.put(entry.getKey().name(), measure(context, probe));
            sorted.put(entry.getKey().name(), measureSorted(context));
        }
        for (Map.Entry<String, Map<String, List<Double>>> database : timings.entrySet()) {
            for (Map.Entry<String, List<Double>> query : database.getValue().entrySet()) {
                results.add("task list: first page + count", database.getKey() + ", " + query.getKey(),
                        String.format("%.1f ms", Results.median(query.getValue())),
                        String.format("%.1f ms", Results.percentile(query.getValue(), 99)), "",
                        String.format("%,d open tasks; page of 50; %d runs", tasks, REPEATS));
            }
        }
        for (Map.Entry<String, Map<String, List<Double>>> database : sorted.entrySet()) {
            for (Map.Entry<String, List<Double>> query : database.getValue().entrySet()) {
                results.add("task list: first page + count, sorted", database.getKey() + ", " + query.getKey(),
                        String.format("%.1f ms", Results.median(query.getValue())),
                        String.format("%.1f ms", Results.percentile(query.getValue(), 99)), "",
                        String.format("%,d open tasks; page of 50; %d runs", tasks, REPEATS));
            }
        }
    }

    /** Creates the filings and their process instances; returns one filing number to search for. */
    private String seed(ConfigurableApplicationContext context) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        RuntimeService runtime = context.getBean(RuntimeService.class);
        TaskService taskService = context.getBean(TaskService.class);
        TransactionTemplate tx = context.getBean(TransactionTemplate.class);
        long department = jdbc.queryForObject("SELECT id FROM department WHERE code = '210100-MARKET_REGULATION'",
                Long.class);
        List<Long> subjects = jdbc.queryForList("SELECT id FROM credit_subject ORDER BY id", Long.class);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        AtomicInteger done = new AtomicInteger();
        List<Future<String>> batches = new ArrayList<>();
        for (int from = 0; from < tasks; from += BATCH) {
            int start = from;
            int end = Math.min(tasks, from + BATCH);
            batches.add(pool.submit(() -> {
                String probe = tx.execute(status -> seedBatch(jdbc, runtime, taskService, department, subjects,
                        start, end));
                int seeded = done.addAndGet(end - start);
                if (seeded % 10_000 < BATCH) {
                    System.out.printf("  seeded %,d of %,d%n", seeded, tasks);
                }
                return probe;
            }));
        }
        pool.shutdown();
        try {
            String probe = null;
            for (Future<String> batch : batches) {
                probe = batch.get();
            }
            return probe;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("seeding failed", e.getCause());
        }
    }

    private static String seedBatch(JdbcTemplate jdbc, RuntimeService runtime, TaskService taskService,
            long department, List<Long> subjects, int start, int end) {
        LocalDate today = LocalDate.now();
        Timestamp now = Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        List<String> numbers = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        for (int n = start; n < end; n++) {
            String number = String.format("BM%016d", n);
            numbers.add(number);
            rows.add(new Object[] {number, MATTERS[n % MATTERS.length], subjects.get(n % subjects.size()),
                department, false, FilingRoute.values()[n % FilingRoute.values().length].name(), now,
                Date.valueOf(due(today, n))});
        }
        jdbc.batchUpdate("INSERT INTO filing (filing_no, matter_code, subject_id, channel, department_id, "
                + "division_code, in_lieu_requested, route, status, received_at, due_on, created_by) "
                + "VALUES (?, ?, ?, 'API', ?, '210100', ?, ?, 'IN_REVIEW', ?, ?, 'benchmark')", rows);
        for (int i = 0; i < numbers.size(); i++) {
            int n = start + i;
            String number = numbers.get(i);
            long filingId = jdbc.queryForObject("SELECT id FROM filing WHERE filing_no = ?", Long.class, number);
            ProcessInstance instance = runtime.createProcessInstanceByKey("PermitFiling").businessKey(number)
                    .setVariable("filingId", filingId).setVariable("filingNo", number)
                    .setVariable("departmentId", department).setVariable("inLieuRequested", false)
                    .setVariable("reviewDue", java.util.Date.from(due(today, n).atTime(17, 30)
                            .atZone(ZoneId.systemDefault()).toInstant()))
                    .startBeforeActivity("Task_ReviewFiling").execute();
            if (n % 50 == 0) {
                taskService.setAssignee(taskService.createTaskQuery().processInstanceId(instance.getId())
                        .singleResult().getId(), "intake");
            }
        }
        return numbers.get(numbers.size() / 2 + 1);
    }

    /** Spreads due dates from ten days overdue to a month ahead, so the filters and the sort have work. */
    private static LocalDate due(LocalDate today, int n) {
        return today.plusDays((n * 7L) % 41 - 10);
    }

    private Map<String, List<Double>> measure(ConfigurableApplicationContext context, String probe) {
        FilingTaskService service = context.getBean(FilingTaskService.class);
        Subject intake = as(context, "intake");
        Subject approver = as(context, "approver");
        Map<String, List<Double>> timings = new LinkedHashMap<>();
        timings.put("department queue", time(intake, () -> page(service, TaskQuery.of(TaskView.DEPARTMENT))));
        timings.put("my tasks", time(intake, () -> page(service, TaskQuery.of(TaskView.MINE))));
        timings.put("matter + overdue", time(intake, () -> page(service, new TaskQuery(TaskView.DEPARTMENT,
                MATTERS[0], null, DueFilter.OVERDUE, null))));
        timings.put("filing number", time(intake, () -> page(service, new TaskQuery(TaskView.DEPARTMENT, null,
                null, null, probe))));
        timings.put("all (supervisor)", time(approver, () -> page(service, TaskQuery.of(TaskView.ALL))));
        return timings;
    }

    /** The orders a header click asks for, on the department's queue and the supervisor's whole list. */
    private Map<String, List<Double>> measureSorted(ConfigurableApplicationContext context) {
        FilingTaskService service = context.getBean(FilingTaskService.class);
        Subject intake = as(context, "intake");
        Subject approver = as(context, "approver");
        Map<String, List<Double>> timings = new LinkedHashMap<>();
        TaskQuery queue = TaskQuery.of(TaskView.DEPARTMENT);
        timings.put("department queue by subject", time(intake, () -> page(service,
                queue.sortedBy(TaskSort.ascending(TaskSortKey.SUBJECT)))));
        timings.put("department queue by arrival, newest first", time(intake, () -> page(service,
                queue.sortedBy(TaskSort.descending(TaskSortKey.CREATED)))));
        timings.put("department queue by filing number", time(intake, () -> page(service,
                queue.sortedBy(TaskSort.ascending(TaskSortKey.FILING_NO)))));
        timings.put("all (supervisor) by subject", time(approver, () -> page(service,
                TaskQuery.of(TaskView.ALL).sortedBy(TaskSort.ascending(TaskSortKey.SUBJECT)))));
        timings.put("due soon (working days)", time(intake, () -> page(service, new TaskQuery(TaskView.DEPARTMENT,
                null, null, DueFilter.SOON, null))));
        return timings;
    }

    private static int page(FilingTaskService service, TaskQuery query) {
        int rows = service.search(query, PageRequest.first(50)).size();
        long total = service.count(query);
        if (rows == 0 || total < rows) {
            throw new IllegalStateException("no tasks for " + query + ": the seeding or the scope is wrong");
        }
        return rows;
    }

    private static List<Double> time(Subject subject, Supplier<Integer> query) {
        return subject.execute(() -> {
            for (int i = 0; i < 5; i++) {
                query.get();
            }
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < REPEATS; i++) {
                long started = System.nanoTime();
                query.get();
                times.add((System.nanoTime() - started) / 1e6);
            }
            return times;
        });
    }

    private static Subject as(ConfigurableApplicationContext context, String username) {
        return BenchmarkApplication.signedIn(context, username);
    }
}
