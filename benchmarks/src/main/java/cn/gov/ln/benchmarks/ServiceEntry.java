package cn.gov.ln.benchmarks;

import cn.gov.ln.credit.filing.FilingService;
import cn.gov.ln.credit.filing.NewFiling;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.shiro.subject.Subject;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The product's core in the benchmark's JVM, beside the bare engine, with its job executor on: filings enter
 * through {@link FilingService} as the API's controller calls it (filed with the summary it answers with), signed
 * in as the same department system, without HTTP, JSON and the per-request sign-in. The same process, credit
 * check, evidence, audit and routing as through the API; the ratio to the bare engine is what the product's own
 * processing adds to the engine's.
 */
final class ServiceEntry implements AutoCloseable {

    private final Database database;
    private final ConfigurableApplicationContext context;
    private final FilingService filings;
    private final List<String> subjects;
    private final AtomicInteger used = new AtomicInteger();

    ServiceEntry(Database database) throws SQLException {
        this.database = database;
        context = Benchmarks.core(database, "", "camunda.bpm.job-execution.enabled=true");
        filings = context.getBean(FilingService.class);
        subjects = IntakeBenchmark.subjects(database);
    }

    /** Files {@code total} filings from {@code clients} threads; filings per second until all are routed. */
    double intake(int clients, int total) throws Exception {
        long before = IntakeBenchmark.maxFilingId(database);
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> work = new ArrayList<>();
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            Subject client = BenchmarkApplication.signedIn(context, "api-market");
            work.add(pool.submit(() -> client.execute(() -> {
                while (next.getAndIncrement() < total) {
                    int n = used.getAndIncrement();
                    String matter = IntakeBenchmark.MATTERS[n % IntakeBenchmark.MATTERS.length];
                    filings.fileWithSummary(new NewFiling(matter, subjects.get(n % subjects.size()), false, null,
                            null));
                }
            })));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        IntakeBenchmark.awaitRouted(database, before, total);
        return total / ((System.nanoTime() - started) / 1e9);
    }

    @Override
    public void close() {
        context.close();
    }
}
