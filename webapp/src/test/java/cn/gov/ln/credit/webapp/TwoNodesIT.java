package cn.gov.ln.credit.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ln.testing.PostgresTestDatabase;
import java.net.http.HttpClient;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Two application processes on one PostgreSQL database, both running the engine's job executor: 2,000 filings
 * arrive through both, one node is killed with SIGKILL half-way and its unanswered filings go to the other. Every
 * credit check job's side effects (the evidence record and its audit entry) happen exactly once, none is missing.
 */
@Tag("reliability")
@EnabledIfSystemProperty(named = PostgresTestDatabase.SWITCH, matches = "true")
class TwoNodesIT {

    static final int FILINGS = 2000;

    @Test
    void everyJobRunsExactlyOnceAcrossTwoNodesWhenOneDies() throws Exception {
        String database = PostgresTestDatabase.fresh("nodes");
        String dir = "target/nodes-" + ProcessHandle.current().pid();
        try (AppProcess a = new AppProcess(Paths.get(dir, "a"), database);
                AppProcess b = new AppProcess(Paths.get(dir, "b"), database)) {
            a.start();
            b.start();
            List<String> subjects = Intake.query(database, "SELECT uscc FROM credit_subject WHERE uscc IS NOT NULL AND "
                    + "division_code LIKE '21%' ORDER BY id FETCH FIRST 200 ROWS ONLY");
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
            Set<Integer> unanswered = ConcurrentHashMap.newKeySet();
            Queue<String> errors = new ConcurrentLinkedQueue<>();
            AtomicInteger sent = new AtomicInteger();
            ExecutorService clients = Executors.newFixedThreadPool(4);
            for (int i = 0; i < FILINGS; i++) {
                int n = i;
                clients.submit(() -> {
                    if (sent.incrementAndGet() == FILINGS / 2) {
                        try {
                            a.kill();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    try {
                        int port = n % 2 == 0 ? a.port() : b.port();
                        if (!Intake.file(http, port, "NODE-" + n, subjects.get(n % subjects.size()))) {
                            unanswered.add(n);
                        }
                    } catch (AssertionError e) {
                        errors.add(e.getMessage());
                    }
                });
            }
            clients.shutdown();
            assertThat(clients.awaitTermination(15, TimeUnit.MINUTES)).isTrue();
            assertThat(errors).isEmpty();
            int retried = Intake.retry(http, b.port(), "NODE-", unanswered, subjects);
            long started = System.nanoTime();
            long atReview = Intake.awaitReview(database, "NODE-", FILINGS);
            double settled = (System.nanoTime() - started) / 1e9;
            long jobs = Intake.count(database, "SELECT COUNT(*) FROM filing WHERE external_reference LIKE 'NODE-%'");
            String perFiling = "SELECT COUNT(*) FROM credit_check_record c WHERE c.filing_id = f.id AND c.purpose = 'INTAKE'";
            long twice = Intake.count(database, "SELECT COUNT(*) FROM filing f WHERE f.external_reference LIKE 'NODE-%' AND ("
                    + perFiling + ") > 1");
            long missing = Intake.count(database, "SELECT COUNT(*) FROM filing f WHERE f.external_reference LIKE 'NODE-%' AND ("
                    + perFiling + ") = 0");
            long auditedTwice = Intake.count(database, "SELECT COUNT(*) FROM (SELECT a.target_id FROM audit_event a JOIN filing f "
                    + "ON f.filing_no = a.target_id WHERE f.external_reference LIKE 'NODE-%' AND a.action = 'CREDIT_CHECKED' "
                    + "GROUP BY a.target_id HAVING COUNT(*) > 1) x");
            long byNode = Intake.count(database, "SELECT COUNT(DISTINCT lock_owner_) FROM act_ru_job");
            System.out.printf("two nodes: %d filings, node A killed after %d requests, %d unanswered and %d retried on B; "
                    + "credit check jobs %d, executed twice %d (audited twice %d), missing %d; all at review %d within "
                    + "%.0f s of the retries; jobs still locked by %d owners%n", FILINGS, FILINGS / 2, unanswered.size(),
                    retried, jobs, twice, auditedTwice, missing, atReview, settled, byNode);
            assertThat(retried).isEqualTo(unanswered.size());
            assertThat(jobs).isEqualTo(FILINGS);
            assertThat(twice).as("executed twice").isZero();
            assertThat(auditedTwice).isZero();
            assertThat(missing).as("missing").isZero();
            assertThat(atReview).isEqualTo(FILINGS);
        }
    }
}
