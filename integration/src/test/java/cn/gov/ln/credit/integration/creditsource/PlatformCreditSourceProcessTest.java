package cn.gov.ln.credit.integration.creditsource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.ln.credit.creditcheck.CheckPurpose;
import cn.gov.ln.credit.creditcheck.CreditCheckRecord;
import cn.gov.ln.credit.creditcheck.CreditCheckService;
import cn.gov.ln.credit.creditcheck.CreditSource;
import cn.gov.ln.credit.creditcheck.CreditSourceUnavailableException;
import cn.gov.ln.credit.filing.Filing;
import cn.gov.ln.credit.filing.FilingQueries;
import cn.gov.ln.credit.filing.FilingService;
import cn.gov.ln.credit.filing.NewFiling;
import cn.gov.ln.testing.SignIn;
import cn.gov.ln.testing.core.CoreTestApplication;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.shiro.mgt.SecurityManager;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The provincial platform adapter over real HTTP against a stand-in platform on a local port: reports, unknown
 * subjects, credentials, timeouts, the circuit breaker, and a filing that waits through an outage — its check
 * job retried, then an incident an admin retries once the platform is back.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@ActiveProfiles("coretest")
class PlatformCreditSourceProcessTest {

    static final String KNOWN = "91210102000MRNM94T";
    static final String REPORT = """
            {"name": "沈阳辽信科技有限公司", "grade": "B", "openBreaches": 1, "falsePledges": 0, "entries": [
              {"listType": "DISHONESTY", "tier": "SERIOUS", "reason": "拒不履行生效判决", "basisType": "COURT_JUDGMENT",
               "basisNumber": "（2026）辽01执123号", "basisIssuer": "沈阳市中级人民法院", "basisDate": "2026-03-02",
               "expiresOn": "2029-03-02", "department": "沈阳市中级人民法院"}]}""";
    static final HttpServer PLATFORM = start();
    static final AtomicReference<String> MODE = new AtomicReference<>("up");
    static final AtomicInteger HITS = new AtomicInteger();
    static final AtomicReference<String> AUTHORIZATION = new AtomicReference<>();

    @Autowired
    CreditSource source;
    @Autowired
    CreditCheckService checks;
    @Autowired
    FilingService filings;
    @Autowired
    FilingQueries queries;
    @Autowired
    ProcessEngine engine;
    @Autowired
    ManagementService management;
    @Autowired
    SecurityManager securityManager;

    SignIn signIn;

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        registry.add("credit.source.kind", () -> "platform");
        registry.add("logging.level.org.camunda.bpm.engine.context", () -> "off");
        registry.add("credit.source.platform.url", () -> "http://127.0.0.1:" + PLATFORM.getAddress().getPort());
        registry.add("credit.source.platform.app-id", () -> "ln-credit");
        registry.add("credit.source.platform.app-secret", () -> "s3cret");
        registry.add("credit.source.platform.read-timeout", () -> "400ms");
        registry.add("credit.source.platform.retry-wait", () -> "10ms");
        registry.add("credit.source.platform.minimum-calls", () -> "6");
        registry.add("credit.source.platform.open-for", () -> "1s");
    }

    @BeforeEach
    void reset() {
        AbstractAssertions.init(engine);
        signIn = new SignIn(securityManager);
        MODE.set("up");
        CircuitRecovery.awaitAnswer(source, KNOWN);
        HITS.set(0);
    }

    @AfterAll
    static void stop() {
        PLATFORM.stop(0);
    }

    @Test
    void aReportBecomesEvidenceWithItsHitsAndTheCallerAsks() {
        CreditCheckRecord record = signIn.call("intake", () -> checks.check(KNOWN, CheckPurpose.ON_REQUEST, null))
                .record();
        assertThat(record.source()).isEqualTo(PlatformCreditSource.NAME);
        assertThat(record.grade()).isEqualTo("B");
        assertThat(record.dishonestyListed()).isTrue();
        assertThat(record.openBreaches()).isEqualTo(1);
        assertThat(record.requestedBy()).isEqualTo("intake");
        assertThat(checks.hits(record)).singleElement()
                .satisfies(hit -> assertThat(hit.basisNumber()).isEqualTo("（2026）辽01执123号"));
        assertThat(AUTHORIZATION.get()).isEqualTo("Basic bG4tY3JlZGl0OnMzY3JldA==");
    }

    @Test
    void aSubjectThePlatformDoesNotKnowIsAnAnswerNotAFailure() {
        assertThat(source.lookup("91210102MA0XXXXXX0").known()).isFalse();
    }

    @Test
    void serverErrorsAreRetriedAndASlowPlatformTimesOut() {
        MODE.set("flaky");
        assertThat(source.lookup(KNOWN).grade()).isEqualTo("B");
        assertThat(HITS.get()).as("one 503, then the answer").isEqualTo(2);

        MODE.set("slow");
        long started = System.nanoTime();
        assertThatThrownBy(() -> source.lookup(KNOWN)).isInstanceOf(CreditSourceUnavailableException.class);
        assertThat((System.nanoTime() - started) / 1_000_000).as("three attempts of 400 ms, not the 2 s sleep")
                .isLessThan(1900);
    }

    @Test
    void aFailingPlatformOpensTheCircuitAndChecksFailFastUntilItRecovers() {
        MODE.set("down");
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> source.lookup(KNOWN)).isInstanceOf(CreditSourceUnavailableException.class);
        }
        int hitsWhenOpen = HITS.get();
        assertThat(((PlatformCreditSource) source).circuit().name()).isEqualTo("OPEN");
        assertThatThrownBy(() -> source.lookup(KNOWN)).hasMessageContaining("circuit open");
        assertThat(HITS.get()).as("no call reaches the platform while open").isEqualTo(hitsWhenOpen);

        MODE.set("up");
        assertThat(CircuitRecovery.awaitAnswer(source, KNOWN).grade()).isEqualTo("B");
    }

    @Test
    void aFilingWaitsThroughAnOutageAndIsNeverDecidedWithoutAnAnswer() {
        MODE.set("down");
        Filing filing = signIn.call("intake", () -> filings.file(new NewFiling("LN-SCJG-001", KNOWN, false, null,
                null)));
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(filing.processInstanceId()).singleResult();
        Job check = management.createJobQuery().processInstanceId(instance.getId()).singleResult();
        int attempts = 0;
        while (engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count() == 0 && attempts < 10) {
            assertThatThrownBy(() -> management.executeJob(check.getId()))
                    .hasStackTraceContaining(CreditSourceUnavailableException.class.getName());
            attempts++;
        }
        assertThat(attempts).isEqualTo(5);
        Incident incident = engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(incident.getActivityId()).isEqualTo("Task_CheckCredit");
        assertThat(instance).isWaitingAt("Task_CheckCredit");
        assertThat(signIn.call("intake", () -> queries.get(filing.id())).route()).isNull();
        assertThat(checks.evidenceOf(filing.id())).isEmpty();

        MODE.set("up");
        CircuitRecovery.awaitAnswer(source, KNOWN);
        management.setJobRetries(check.getId(), 1);
        management.executeJob(check.getId());
        assertThat(instance).isWaitingAt("Task_ReviewFiling");
        assertThat(checks.evidenceOf(filing.id())).singleElement()
                .satisfies(r -> assertThat(r.source()).isEqualTo(PlatformCreditSource.NAME));
    }

    private static HttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
            server.createContext("/v1/credit-reports/", exchange -> {
                HITS.incrementAndGet();
                AUTHORIZATION.set(exchange.getRequestHeaders().getFirst("Authorization"));
                String identifier = exchange.getRequestURI().getPath().substring("/v1/credit-reports/".length());
                String mode = MODE.get();
                if ("flaky".equals(mode)) {
                    MODE.set("up");
                    StandInPlatform.reply(exchange, 503, "{}");
                } else if ("down".equals(mode)) {
                    StandInPlatform.reply(exchange, 502, "bad gateway");
                } else if ("slow".equals(mode)) {
                    StandInPlatform.sleep(2000);
                    StandInPlatform.reply(exchange, 200, REPORT);
                } else if (!KNOWN.equals(identifier)) {
                    StandInPlatform.reply(exchange, 404, "{}");
                } else {
                    StandInPlatform.reply(exchange, 200, REPORT);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
