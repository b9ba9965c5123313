package cn.gov.ln.credit.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.ln.credit.account.AccountAdministration;
import cn.gov.ln.credit.account.NewUser;
import cn.gov.ln.credit.department.DepartmentService;
import cn.gov.ln.credit.security.ActorKind;
import cn.gov.ln.credit.security.Roles;
import cn.gov.ln.credit.security.SystemRunner;
import cn.gov.ln.credit.task.FilingTaskService;
import cn.gov.ln.testing.SignIn;
import java.util.ArrayList;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Data scope against insecure direct object references: an API client and an officer of Dalian's market regulator
 * (same line, another division) and an applicant ask, by id, for every filing, task, penalty case, objection and
 * pledge that belongs to someone else. Nothing leaks: 404 with no record data in the body, no state changes, and
 * the screens show "not found". Positive controls show the same requests work for the owner.
 */
@Tag("security")
@WebIntegrationTest
class DataScopeIT {

    static final String OUTSIDER_API = RawHttp.basic("api-dl-market", SignIn.DEMO_PASSWORD);
    static final String OWNER_API = RawHttp.basic("api-market", SignIn.DEMO_PASSWORD);

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountAdministration accounts;
    @Autowired
    DepartmentService departments;
    @Autowired
    SystemRunner system;
    @Autowired
    FilingTaskService tasks;
    @Autowired
    TaskService engineTasks;
    @Autowired
    org.apache.shiro.mgt.SecurityManager securityManager;
    RawHttp http;
    long dalian;

    @BeforeEach
    void outsiders() {
        http = new RawHttp(port);
        dalian = departments.findByCode("210200-MARKET_REGULATION").orElseThrow().id();
        system.run(() -> {
            if (!accounts.exists("api-dl-market")) {
                accounts.create(new NewUser("api-dl-market", "大连市市场监管局业务系统", ActorKind.API_CLIENT, dalian, null,
                        null, Set.of(Roles.API_CLIENT), SignIn.DEMO_PASSWORD.toCharArray()));
            }
            if (!accounts.exists("intake-dl")) {
                accounts.create(new NewUser("intake-dl", "大连受理员", ActorKind.STAFF, dalian, null, null,
                        Set.of(Roles.INTAKE_OFFICER, Roles.APPROVAL_OFFICER, Roles.CREDIT_OFFICER,
                                Roles.DEPARTMENT_LIAISON), SignIn.DEMO_PASSWORD.toCharArray()));
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> anotherDivisionsApiClientGetsNothingByIdAndChangesNothing() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map<String, Object> filing : jdbc.queryForList("SELECT id, filing_no FROM filing WHERE department_id <> ? "
                + "ORDER BY id FETCH FIRST 10 ROWS ONLY", dalian)) {
            tests.add(refused("GET", "/api/v1/filings/" + filing.get("id"), null, filing.get("filing_no")));
        }
        for (Map<String, Object> pledge : jdbc.queryForList("SELECT record_code, draft_ref FROM pledge WHERE "
                + "record_code IS NOT NULL AND (accepting_department_id IS NULL OR accepting_department_id <> ?) "
                + "ORDER BY id FETCH FIRST 10 ROWS ONLY", dalian)) {
            String code = (String) pledge.get("record_code");
            tests.add(refused("GET", "/api/v1/pledges/" + code, null, code));
            tests.add(refused("GET", "/api/v1/pledges/" + code + "/letter", null, code));
            tests.add(refused("POST", "/api/v1/pledges/" + code + "/withdrawal", "{\"reason\": \"越权撤回\"}", code));
        }
        for (Map<String, Object> penaltyCase : jdbc.queryForList("SELECT id, case_no FROM penalty_case c WHERE NOT "
                + "EXISTS (SELECT 1 FROM penalty_response r WHERE r.case_id = c.id AND r.department_id = ?)", dalian)) {
            long id = ((Number) penaltyCase.get("id")).longValue();
            tests.add(refused("POST", "/api/v1/penalty-cases/" + id + "/response",
                    "{\"outcome\": \"APPLIED\", \"appliedMeasures\": \"越权响应\"}", penaltyCase.get("case_no")));
            tests.add(refused("POST", "/api/v1/penalty-cases/" + id + "/feedback",
                    "{\"outcome\": \"EXECUTED\", \"summary\": \"越权反馈\"}", penaltyCase.get("case_no")));
        }
        for (Map<String, Object> objection : jdbc.queryForList("SELECT id FROM objection WHERE department_id IS NULL "
                + "OR department_id <> ?", dalian)) {
            tests.add(refused("GET", "/api/v1/objections/" + objection.get("id"), null, null));
        }
        tests.add(DynamicTest.dynamicTest("lists hold only the caller's own records", () -> {
            String cases = http.get("/api/v1/penalty-cases?status=all", OUTSIDER_API).body();
            jdbc.queryForList("SELECT case_no FROM penalty_case", String.class)
                    .forEach(no -> assertThat(cases).doesNotContain(no));
        }));
        assertThat(tests).as("the demo gives records of other departments to ask for").hasSizeGreaterThan(30);
        return tests.stream();
    }

    @Test
    void theOwnerGetsWhatTheOutsiderIsRefused() {
        long shenyang = departments.findByCode("210100-MARKET_REGULATION").orElseThrow().id();
        system.run(() -> {
            if (!accounts.exists("api-sy-market")) {
                accounts.create(new NewUser("api-sy-market", "沈阳市市场监管局业务系统", ActorKind.API_CLIENT, shenyang,
                        null, null, Set.of(Roles.API_CLIENT), SignIn.DEMO_PASSWORD.toCharArray()));
            }
        });
        Map<String, Object> filing = jdbc.queryForMap("SELECT id, filing_no FROM filing WHERE department_id = ? "
                + "ORDER BY id FETCH FIRST 1 ROWS ONLY", shenyang);
        RawHttp.Response read = http.get("/api/v1/filings/" + filing.get("id"),
                RawHttp.basic("api-sy-market", SignIn.DEMO_PASSWORD));
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.body()).contains((String) filing.get("filing_no"));
        assertThat(http.get("/api/v1/filings/" + filing.get("id"), OUTSIDER_API).status()).isEqualTo(404);
    }

    @Test
    void anOfficerOfAnotherDivisionCannotSeeOrActOnTheTasksOfAFiling() {
        List<Task> open = engineTasks.createTaskQuery().processDefinitionKey("PermitFiling").active().list();
        assertThat(open).as("the demo filings wait at their tasks").isNotEmpty();
        SignIn signIn = new SignIn(securityManager);
        for (Task task : open) {
            String before = task.getAssignee();
            assertThatThrownBy(() -> signIn.run("intake-dl", () -> tasks.get(task.getId()))).as(task.getId())
                    .isInstanceOf(cn.gov.ln.credit.shared.NotFoundException.class);
            assertThatThrownBy(() -> signIn.run("intake-dl", () -> tasks.claim(task.getId()))).as(task.getId())
                    .isInstanceOf(cn.gov.ln.credit.shared.NotFoundException.class);
            assertThatThrownBy(() -> signIn.run("intake-dl", () -> tasks.candidates(task.getId()))).as(task.getId())
                    .isInstanceOf(cn.gov.ln.credit.shared.NotFoundException.class);
            assertThatThrownBy(() -> signIn.run("intake-dl", () -> tasks.reassign(task.getId(), "intake-dl")))
                    .as(task.getId()).isInstanceOf(cn.gov.ln.credit.shared.NotFoundException.class);
            assertThatThrownBy(() -> signIn.run("intake-dl", () -> tasks.complete(task.getId(),
                    Map.of("decision", "APPROVE")))).as(task.getId())
                    .isInstanceOf(cn.gov.ln.credit.shared.NotFoundException.class);
            Task after = engineTasks.createTaskQuery().taskId(task.getId()).singleResult();
            assertThat(after).as("the task is still there, as it was").isNotNull();
            assertThat(after.getAssignee()).isEqualTo(before);
        }
    }

    @Test
    void theScreensShowNotFoundForRecordsOfOthers() throws Exception {
        Map<String, Object> filing = jdbc.queryForMap("SELECT id, filing_no FROM filing WHERE department_id <> ? "
                + "AND (applicant_username IS NULL OR applicant_username <> 'applicant') ORDER BY id "
                + "FETCH FIRST 1 ROWS ONLY", dalian);
        Map<String, Object> penaltyCase = jdbc.queryForMap("SELECT id, case_no FROM penalty_case c WHERE "
                + "c.initiating_department_id <> ? ORDER BY id FETCH FIRST 1 ROWS ONLY", dalian);
        Map<String, Object> breach = jdbc.queryForMap("SELECT id, case_no FROM breach WHERE case_no IS NOT NULL "
                + "ORDER BY id FETCH FIRST 1 ROWS ONLY");
        Map<String, Object> pledge = jdbc.queryForMap("SELECT record_code FROM pledge WHERE record_code IS NOT NULL "
                + "AND accepting_department_id <> ? ORDER BY id FETCH FIRST 1 ROWS ONLY", dalian);
        try (BrowserSession officer = BrowserSession.signedIn(port, "intake-dl")) {
            notFound(officer, "/filings/" + filing.get("id"), filing.get("filing_no"));
            notFound(officer, "/penalty-cases/" + penaltyCase.get("id"), penaltyCase.get("case_no"));
            notFound(officer, "/breaches/" + breach.get("id"), breach.get("case_no"));
            notFound(officer, "/pledges/" + pledge.get("record_code"), pledge.get("record_code"));
        }
        Map<String, Object> others = jdbc.queryForMap("SELECT p.record_code, p.pledger_name FROM pledge p JOIN "
                + "credit_subject s ON s.id = p.subject_id WHERE p.record_code IS NOT NULL AND (s.uscc IS NULL OR "
                + "s.uscc <> ?) ORDER BY p.id FETCH FIRST 1 ROWS ONLY", cn.gov.ln.credit.demo.DemoInstallation.APPLICANT_USCC);
        try (BrowserSession applicant = BrowserSession.signedIn(port, "applicant")) {
            for (String path : List.of("/pledges/" + others.get("record_code"), "/filings/" + filing.get("id"),
                    "/breaches/" + breach.get("id"))) {
                applicant.open(path);
                // what the path shows is on the page once it has loaded and, when it is a screen, once its view has
                // rendered (the record's, or why not); a path the applicant may not open is refused before any screen
                applicant.until(Duration.ofSeconds(30), d -> Boolean.TRUE.equals(applicant.script(
                        "return document.readyState === 'complete' && (!window.Vaadin || !!document.querySelector("
                                + "'.error-page, .pledge-detail-view, .filing-detail-view, .breach-case-view'))")));
                assertThat(applicant.driver().getPageSource()).as(path)
                        .doesNotContain((String) others.get("record_code")).doesNotContain((String) filing.get("filing_no"))
                        .doesNotContain(String.valueOf(breach.get("case_no")));
            }
        }
    }

    private static void notFound(BrowserSession browser, String path, Object secret) {
        browser.open(path);
        browser.await(By.cssSelector(".error-page"));
        assertThat(browser.driver().getPageSource()).as(path).doesNotContain(String.valueOf(secret));
    }

    private DynamicTest refused(String method, String path, String body, Object secret) {
        return DynamicTest.dynamicTest(method + " " + path, () -> {
            long stateBefore = state();
            RawHttp.Response response = "GET".equals(method) ? http.get(path, OUTSIDER_API)
                    : http.send(method, path, "application/json", body, OUTSIDER_API);
            assertThat(response.status()).as(method + " " + path + " answered " + response.body()).isIn(403, 404);
            if (secret != null) {
                assertThat(response.body()).doesNotContain(String.valueOf(secret));
            }
            assertThat(state()).as("nothing changed").isEqualTo(stateBefore);
        });
    }

    /** A fingerprint of what an outsider's request could change. */
    private long state() {
        return jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM penalty_response WHERE status <> 'PENDING') * 1000000 "
                + "+ (SELECT COUNT(*) FROM pledge WHERE status = 'WITHDRAWN') * 1000 + (SELECT COUNT(*) FROM objection) "
                + "FROM app_setting FETCH FIRST 1 ROWS ONLY", Long.class);
    }
}
