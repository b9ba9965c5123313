package cn.gov.ln.credit.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ln.testing.PostgresTestDatabase;
import java.net.http.HttpClient;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * kill -9 in the middle of intake: a client submits 1,000 filings to the packaged application on PostgreSQL, the
 * application process is killed half-way, started again, and the client retries every filing that got no answer
 * with the same external reference. Every answered filing exists exactly once, every filing reaches its wait state
 * (checked, routed, a review task open), none is left half-done.
 */
@Tag("reliability")
@EnabledIfSystemProperty(named = PostgresTestDatabase.SWITCH, matches = "true")
class CrashRecoveryIT {

    static final int FILINGS = 1000;

    @Test
    void filingsSurviveAKilledApplicationExactlyOnceAndNoneIsLeftHalfDone() throws Exception {
        String database = PostgresTestDatabase.fresh("crash");
        try (AppProcess app = new AppProcess(Paths.get("target", "crash-" + ProcessHandle.current().pid()),
                database)) {
            double firstStart = app.start();
            List<String> subjects = Intake.query(database, "SELECT uscc FROM credit_subject WHERE uscc IS NOT NULL AND "
                    + "division_code LIKE '21%' ORDER BY id FETCH FIRST 200 ROWS ONLY");
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
            Set<Integer> answered = ConcurrentHashMap.newKeySet();
            Set<Integer> unanswered = ConcurrentHashMap.newKeySet();
            AtomicInteger sent = new AtomicInteger();
            AtomicInteger killedAt = new AtomicInteger(-1);
            java.util.Queue<String> errors = new java.util.concurrent.ConcurrentLinkedQueue<>();
            ExecutorService clients = Executors.newFixedThreadPool(4);
            for (int i = 0; i < FILINGS; i++) {
                int n = i;
                clients.submit(() -> {
                    if (sent.incrementAndGet() == FILINGS / 2) {
                        try {
                            app.kill();
                            killedAt.set(n);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    try {
                        (Intake.file(http, app.port(), "CRASH-" + n, subjects.get(n % subjects.size())) ? answered
                                : unanswered).add(n);
                    } catch (AssertionError e) {
                        errors.add(e.getMessage());
                    }
                });
            }
            clients.shutdown();
            assertThat(clients.awaitTermination(10, TimeUnit.MINUTES)).isTrue();
            assertThat(errors).as("answers other than the filing").isEmpty();
            assertThat(killedAt.get()).as("the application was killed half-way").isNotNegative();
            assertThat(unanswered).as("requests after the kill got no answer").isNotEmpty();

            double secondStart = app.start();
            int retryAnswered = Intake.retry(http, app.port(), "CRASH-", unanswered, subjects);
            long restarted = System.nanoTime();
            long waiting = Intake.awaitReview(database, "CRASH-", FILINGS);
            double recovery = (System.nanoTime() - restarted) / 1e9;
            long found = Intake.count(database, "SELECT COUNT(DISTINCT external_reference) FROM filing WHERE "
                    + "external_reference LIKE 'CRASH-%'");
            long rows = Intake.count(database, "SELECT COUNT(*) FROM filing WHERE external_reference LIKE 'CRASH-%'");
            long withoutProcess = Intake.count(database, "SELECT COUNT(*) FROM filing f WHERE f.external_reference LIKE "
                    + "'CRASH-%' AND NOT EXISTS (SELECT 1 FROM act_ru_execution e WHERE e.proc_inst_id_ = "
                    + "f.process_instance_id)");
            long checksWithoutFiling = Intake.count(database, "SELECT COUNT(*) FROM credit_check_record c WHERE "
                    + "c.filing_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM filing f WHERE f.id = c.filing_id)");
            long incidents = Intake.count(database, "SELECT COUNT(*) FROM act_ru_incident");
            System.out.printf("crash: killed after %d of %d requests; started in %.1f s, again in %.1f s; "
                    + "accepted %d before the kill, %d unanswered, %d of them answered on retry; "
                    + "found %d, duplicated %d, waiting at review %d (all within %.0f s of the retries), stuck %d, "
                    + "incidents %d%n", FILINGS / 2, FILINGS, firstStart, secondStart, answered.size(),
                    unanswered.size(), retryAnswered, found, rows - found, waiting, recovery, FILINGS - waiting,
                    incidents);
            assertThat(retryAnswered).as("every retry answered").isEqualTo(unanswered.size());
            assertThat(found).as("every filing exists").isEqualTo(FILINGS);
            assertThat(rows).as("exactly once").isEqualTo(FILINGS);
            assertThat(withoutProcess).as("none without its process").isZero();
            assertThat(checksWithoutFiling).isZero();
            assertThat(waiting).as("every filing checked, routed and waiting for review").isEqualTo(FILINGS);
            assertThat(incidents).isZero();
        }
    }
}
