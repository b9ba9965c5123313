package cn.gov.ln.credit.integration.creditsource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.ln.credit.creditcheck.CreditCheckService;
import cn.gov.ln.credit.creditcheck.CreditSource;
import cn.gov.ln.credit.filing.Filing;
import cn.gov.ln.credit.filing.FilingQueries;
import cn.gov.ln.credit.filing.FilingService;
import cn.gov.ln.credit.filing.NewFiling;
import cn.gov.ln.testing.SignIn;
import cn.gov.ln.testing.core.CoreTestApplication;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.shiro.mgt.SecurityManager;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The provincial credit platform down while filings arrive: the stand-in platform on a local port is stopped, then
 * answers too slowly, then answers 500. Filings wait at their credit check, nothing is routed or decided without a
 * check, every exhausted check is an incident an admin sees; once the platform is back, the admin retries and every
 * filing is checked once and goes to review.
 */
@Tag("reliability")
@SpringBootTest(classes = CoreTestApplication.class)
@ActiveProfiles("coretest")
class CreditSourceOutageProcessTest {

    static final String KNOWN = "91210102000MRNM94T";
    static final String REPORT = """
            {"name": "沈阳辽信科技有限公司", "grade": "A", "openBreaches": 0, "falsePledges": 0, "entries": []}""";
    static final int PER_PHASE = 10;
    static final AtomicReference<String> MODE = new AtomicReference<>("up");
    static final int PORT = freePort();
    static HttpServer platform = start();

    @Autowired
    FilingService filings;
    @Autowired
    FilingQueries queries;
    @Autowired
    CreditCheckService checks;
    @Autowired
    CreditSource source;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService engineTasks;
    @Autowired
    SecurityManager securityManager;

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        registry.add("credit.source.kind", () -> "platform");
        registry.add("logging.level.org.camunda.bpm.engine.context", () -> "off");
        registry.add("credit.source.platform.url", () -> "http://127.0.0.1:" + PORT);
        registry.add("credit.source.platform.app-id", () -> "ln-credit");
        registry.add("credit.source.platform.app-secret", () -> "s3cret");
        registry.add("credit.source.platform.read-timeout", () -> "300ms");
        registry.add("credit.source.platform.retry-wait", () -> "10ms");
        registry.add("credit.source.platform.minimum-calls", () -> "6");
        registry.add("credit.source.platform.open-for", () -> "1s");
    }

    /** The engine logs every failed check job with its stack: 150 of them here, by design. */
    private static final ch.qos.logback.classic.Logger ENGINE_CONTEXT = (ch.qos.logback.classic.Logger)
            org.slf4j.LoggerFactory.getLogger("org.camunda.bpm.engine.context");
    private static ch.qos.logback.classic.Level engineContextLevel;

    // After the Spring context has set up logging, which would reset a level set earlier.
    @org.junit.jupiter.api.BeforeEach
    void quiet() {
        engineContextLevel = ENGINE_CONTEXT.getLevel();
        ENGINE_CONTEXT.setLevel(ch.qos.logback.classic.Level.OFF);
    }

    @AfterAll
    static void stop() {
        platform.stop(0);
        ENGINE_CONTEXT.setLevel(engineContextLevel);
    }

    @Test
    void filingsWaitThroughAnOutageAndAreAllCheckedOnceAfterIt() {
        SignIn signIn = new SignIn(securityManager);
        List<Filing> filed = new ArrayList<>();
        int failedAttempts = 0;
        for (String phase : List.of("stopped", "slow", "error")) {
            if (phase.equals("stopped")) {
                platform.stop(0);
            } else {
                if (phase.equals("slow")) {
                    platform = start();
                }
                MODE.set(phase);
            }
            for (int i = 0; i < PER_PHASE; i++) {
                Filing filing = signIn.call("intake", () -> filings.file(new NewFiling("LN-SCJG-001", KNOWN, false,
                        null, null)));
                filed.add(filing);
                Job check = management.createJobQuery().processInstanceId(filing.processInstanceId()).singleResult();
                while (incidents(filing) == 0) {
                    assertThatThrownBy(() -> management.executeJob(check.getId())).as(phase)
                            .hasStackTraceContaining("CreditSourceUnavailableException");
                    failedAttempts++;
                }
            }
        }
        long incidents = runtime.createIncidentQuery().activityId("Task_CheckCredit").count();
        long routedWithoutCheck = filed.stream().filter(f -> signIn.call("intake", () -> queries.get(f.id()))
                .route() != null).count();
        long evidence = filed.stream().mapToLong(f -> checks.evidenceOf(f.id()).size()).sum();
        assertThat(incidents).as("every exhausted check is an incident").isGreaterThanOrEqualTo(filed.size());
        assertThat(routedWithoutCheck).as("nothing routed without a check").isZero();
        assertThat(evidence).as("no check recorded while the platform was down").isZero();
        assertThat(filed).allSatisfy(f -> assertThat(runtime.getActiveActivityIds(f.processInstanceId()))
                .containsExactly("Task_CheckCredit"));

        MODE.set("up");
        CircuitRecovery.awaitAnswer(source, KNOWN);
        for (Filing filing : filed) {
            Job check = management.createJobQuery().processInstanceId(filing.processInstanceId()).singleResult();
            management.setJobRetries(check.getId(), 1);
            management.executeJob(check.getId());
        }
        long atReview = filed.stream().filter(f -> engineTasks.createTaskQuery().processInstanceId(
                f.processInstanceId()).taskDefinitionKey("Task_ReviewFiling").count() == 1).count();
        long checkedOnce = filed.stream().filter(f -> checks.evidenceOf(f.id()).size() == 1).count();
        System.out.printf("credit source down: filings %d, failed check attempts %d, incidents %d, checks skipped %d;"
                + " after recovery at review %d, checked exactly once %d%n", filed.size(), failedAttempts, incidents,
                routedWithoutCheck, atReview, checkedOnce);
        assertThat(atReview).isEqualTo(filed.size());
        assertThat(checkedOnce).isEqualTo(filed.size());
        assertThat(filed.stream().mapToLong(this::incidents).sum()).as("incidents resolved").isZero();
    }

    private long incidents(Filing filing) {
        return runtime.createIncidentQuery().processInstanceId(filing.processInstanceId()).count();
    }

    private static HttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 0);
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.createContext("/v1/credit-reports/", exchange -> {
                switch (MODE.get()) {
                    case "slow" -> {
                        StandInPlatform.sleep(1500);
                        StandInPlatform.reply(exchange, 200, REPORT);
                    }
                    case "error" -> StandInPlatform.reply(exchange, 500, "{\"error\": \"internal\"}");
                    default -> StandInPlatform.reply(exchange, 200, REPORT);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
