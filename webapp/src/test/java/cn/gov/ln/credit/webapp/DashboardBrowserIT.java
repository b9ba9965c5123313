package cn.gov.ln.credit.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ln.credit.account.AccountAdministration;
import cn.gov.ln.credit.account.NewUser;
import cn.gov.ln.credit.department.DepartmentService;
import cn.gov.ln.credit.filing.Filing;
import cn.gov.ln.credit.filing.FilingService;
import cn.gov.ln.credit.filing.NewFiling;
import cn.gov.ln.credit.security.ActorKind;
import cn.gov.ln.credit.security.Roles;
import cn.gov.ln.credit.task.FilingTaskService;
import cn.gov.ln.testing.SignIn;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.apache.shiro.mgt.SecurityManager;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dashboards in the browser: an officer's figures (open, due soon) equal the counts of the lists they open, a
 * chart's point opens its list, every dashboard draws its ECharts charts (a canvas in each), and each is kept as a
 * screenshot.
 */
@WebIntegrationTest
class DashboardBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FilingService filings;
    @Autowired
    FilingTaskService tasks;
    @Autowired
    AccountAdministration accounts;
    @Autowired
    DepartmentService departments;
    @Autowired
    SecurityManager securityManager;

    @Test
    void myOpenAndDueSoonTasksAreTheCountsOfTheTaskListsTheyOpen() throws Exception {
        String officer = "dash.intake." + System.nanoTime() % 1_000_000;
        SignIn signIn = new SignIn(securityManager);
        long market = departments.findByCode("210100-MARKET_REGULATION").orElseThrow().id();
        signIn.run("sysadmin", () -> accounts.create(new NewUser(officer, officer, ActorKind.STAFF, market, null,
                null, Set.of(Roles.INTAKE_OFFICER), SignIn.DEMO_PASSWORD.toCharArray())));
        String uscc = jdbc.queryForList("SELECT uscc FROM credit_subject s WHERE uscc IS NOT NULL "
                + "AND current_grade = 'B' AND NOT EXISTS (SELECT 1 FROM list_entry e WHERE e.subject_id = s.id "
                + "AND e.status = 'ACTIVE') ORDER BY id DESC", String.class).get(3);
        String task = null;
        for (int i = 0; i < 2; i++) {
            Filing filing = signIn.call(officer, () -> filings.file(new NewFiling("LN-SCJG-001", uscc, false, null,
                    null)));
            task = reviewTask(filing.filingNo());
            String claimed = task;
            signIn.run(officer, () -> tasks.claim(claimed));
        }
        jdbc.update("UPDATE ACT_RU_TASK SET DUE_DATE_ = ? WHERE ID_ = ?",
                java.sql.Timestamp.from(java.time.Instant.now().plus(Duration.ofHours(2))), task);

        try (BrowserSession browser = BrowserSession.signedIn(port, officer)) {
            browser.click(By.id("link-dashboard"));
            browser.awaitText(By.id("my-open-tasks"), "2");
            awaitCanvas(browser, "my-tasks-chart");
            browser.screenshot("dashboard-officer");

            browser.click(By.id("my-open-tasks-link"));
            browser.awaitUrlEnding("/tasks?view=mine");
            browser.awaitText(By.id("task-total"), "2");
            assertThat(browser.await(By.id("task-total")).getText()).as("the figure is the list's count")
                    .matches("\\D*2\\D*");

            browser.open("/dashboard");
            browser.awaitText(By.id("my-due-soon"), "1");
            browser.click(By.id("my-due-soon-link"));
            browser.awaitUrlEnding("/tasks?view=mine&due=soon");
            browser.awaitText(By.id("task-total"), "1");
            assertThat(browser.await(By.id("task-total")).getText()).matches("\\D*1\\D*");

            browser.open("/dashboard");
            awaitCanvas(browser, "my-tasks-chart");
            browser.script("arguments[0].dispatchEvent(new CustomEvent('chart-click', "
                    + "{ detail: { series: 0, index: 2 } }));", browser.await(By.id("my-tasks-chart")));
            browser.awaitUrlEnding("/tasks?view=mine");
        }
    }

    @Test
    void theApprovalOfficesDashboardDrawsItsChartsAndItsFiguresAreTheCountsOfTheirLists() throws Exception {
        try (BrowserSession browser = BrowserSession.signedIn(port, "approver")) {
            browser.open("/dashboard/approval");
            for (String chart : new String[] {"filings-per-day-chart", "in-lieu-chart", "days-to-decision-chart"}) {
                awaitCanvas(browser, chart);
            }
            browser.await(By.id("filings-received"));
            browser.screenshot("dashboard-approval");
            for (String figure : new String[] {"filings-received", "filings-approved"}) {
                browser.open("/dashboard/approval");
                String shown = browser.await(By.id(figure)).getText().replaceAll("\\D", "");
                browser.click(By.id(figure + "-link"));
                browser.until(Duration.ofSeconds(10), d -> d.getCurrentUrl().contains("/filings?"));
                browser.until(Duration.ofSeconds(10), d -> d.findElement(By.id("filings-total")).getText()
                        .replaceAll("\\D", "").equals(shown));
            }
        }
    }

    @Test
    void theCreditOfficesDashboardAndBigScreenDrawTheirChartsAndTheScreenRedrawsItself() throws Exception {
        try (BrowserSession browser = BrowserSession.signedIn(port, "creditofficer")) {
            browser.open("/dashboard/credit");
            for (String chart : new String[] {"entries-chart", "feedback-chart", "objections-chart",
                "repairs-chart"}) {
                awaitCanvas(browser, chart);
            }
            assertThat(browser.await(By.id("dishonesty-in-force-link")).getAttribute("href"))
                    .endsWith("lists?type=dishonesty");
            browser.screenshot("dashboard-credit");
            Map<String, String> lists = Map.of("dishonesty-in-force", "lists-total", "red-in-force", "lists-total",
                    "repairs-granted", "repairs-total");
            for (Map.Entry<String, String> figure : lists.entrySet()) {
                browser.open("/dashboard/credit");
                String shown = browser.await(By.id(figure.getKey())).getText().replaceAll("\\D", "");
                browser.click(By.id(figure.getKey() + "-link"));
                browser.until(Duration.ofSeconds(10), d -> d.findElement(By.id(figure.getValue())).getText()
                        .replaceAll("\\D", "").equals(shown));
            }
            browser.open("/dashboard/credit");

            browser.click(By.id("link-dashboard-screen"));
            browser.awaitUrlEnding("/dashboard/screen");
            for (String chart : new String[] {"entries-chart", "feedback-chart", "objections-chart",
                "repairs-chart"}) {
                awaitCanvas(browser, chart);
            }
            String drawn = browser.await(By.id("screen-updated")).getText();
            browser.until(Duration.ofSeconds(30), d -> !d.findElement(By.id("screen-updated")).getText()
                    .equals(drawn));
            awaitCanvas(browser, "entries-chart");
            assertThat(browser.script("return document.querySelector('.big-screen') !== null "
                    + "&& getComputedStyle(document.querySelector('.big-screen')).position")).isEqualTo("fixed");
            browser.screenshot("dashboard-screen");
        }
    }

    private void awaitCanvas(BrowserSession browser, String chartId) {
        browser.await(By.cssSelector("#" + chartId + "[data-rendered='true'] canvas"));
    }

    private String reviewTask(String filingNo) {
        Waiting.upTo(Duration.ofSeconds(30), Duration.ofMillis(200)).alias(filingNo + " reaches its review")
                .until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_TASK t JOIN ACT_RU_EXECUTION e "
                        + "ON e.ID_ = t.PROC_INST_ID_ WHERE e.BUSINESS_KEY_ = ? AND t.TASK_DEF_KEY_ = ?",
                        Long.class, filingNo, "Task_ReviewFiling") > 0);
        return jdbc.queryForObject("SELECT t.ID_ FROM ACT_RU_TASK t JOIN ACT_RU_EXECUTION e "
                + "ON e.ID_ = t.PROC_INST_ID_ WHERE e.BUSINESS_KEY_ = ? AND t.TASK_DEF_KEY_ = ?", String.class,
                filingNo, "Task_ReviewFiling");
    }
}
