package cn.gov.ln.benchmarks;

import cn.gov.ln.credit.filing.Filing;
import cn.gov.ln.credit.filing.FilingService;
import cn.gov.ln.credit.filing.NewFiling;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.shiro.subject.Subject;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The product's core in the benchmark's JVM, beside the bare engine, with its job executor on: filings enter
 * through {@link FilingService} as the API's controller calls it (file, then the summary it answers with), signed
 * in as the same department system, without HTTP, JSON and the per-request sign-in. The same process, credit
 * check, evidence, audit and routing as through the API; the ratio to the bare engine is what the product's own
 * processing adds to the engine's.
 */
final class ServiceEntry implements AutoCloseable {

    private static final String[] MATTERS = {"LN-SCJG-001", "LN-SCJG-002", "LN-SCJG-003"};

    private final ConfigurableApplicationContext context;
    private final FilingService filings;
    private final JdbcTemplate jdbc;
    private final List<String> subjects;
    private final AtomicInteger used = new AtomicInteger();

    ServiceEntry(Database database) {
        context = Benchmarks.core(database, "", "camunda.bpm.job-execution.enabled=true");
        filings = context.getBean(FilingService.class);
        jdbc = context.getBean(JdbcTemplate.class);
        subjects = jdbc.queryForList("SELECT uscc FROM credit_subject WHERE kind = 'LEGAL_PERSON' "
                + "AND division_code LIKE '21%' ORDER BY id", String.class);
    }

    /** Files {@code total} filings from {@code clients} threads; filings per second until all are routed. */
    double intake(int clients, int total) throws Exception {
        long before = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM filing", Long.class);
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> work = new ArrayList<>();
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            Subject client = BenchmarkApplication.signedIn(context, "api-market");
            work.add(pool.submit(() -> client.execute(() -> {
                while (next.getAndIncrement() < total) {
                    int n = used.getAndIncrement();
                    Filing filing = filings.file(new NewFiling(MATTERS[n % MATTERS.length],
                            subjects.get(n % subjects.size()), false, null, null));
                    filings.summary(filing.id());
                }
            })));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (jdbc.queryForObject("SELECT COUNT(*) FROM filing WHERE id > ? AND route IS NOT NULL", Long.class,
                before) < total) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("filings not routed within 10 minutes");
            }
            Thread.sleep(20);
        }
        return total / ((System.nanoTime() - started) / 1e9);
    }

    @Override
    public void close() {
        context.close();
    }
}
