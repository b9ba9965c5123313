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
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import org.apache.shiro.mgt.SecurityManager;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Substitution (代理) and supervision (督办) in the browser: an officer names a colleague as substitute, the
 * substitute finds the absent officer's task marked "代 A" in their own list, until the clock passes the end of the
 * period and it is gone by itself; within the period the substitute completes it, recorded as done for the
 * absent officer; a supervisor marks the filing from its page and the task list shows "督办".
 */
@WebIntegrationTest
class SubstitutionBrowserIT {

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

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    @Test
    void theSubstituteSeesTheAbsentOfficersTaskMarkedUntilThePeriodEnds() throws Exception {
        String suffix = Long.toString(System.nanoTime() % 1_000_000);
        String absent = officer("absent" + suffix, "请假人" + suffix, Roles.INTAKE_OFFICER);
        String substitute = officer("stand" + suffix, "代理人" + suffix, Roles.VERIFICATION_OFFICER);
        SignIn signIn = new SignIn(securityManager);
        Filing filing = signIn.call("intake", () -> filings.file(new NewFiling("LN-SCJG-001", subject(), false, null,
                null)));
        String taskId = awaitReviewTask(filing);
        signIn.run(absent, () -> tasks.claim(taskId));

        try (BrowserSession browser = BrowserSession.signedIn(port, absent)) {
            browser.open("/my-substitutions");
            browser.combo("substitution-substitute", "代理人" + suffix);
            browser.click(By.id("substitution-name"));
            browser.awaitText(By.id("substitutions-grid"), "代理人" + suffix);
            assertThat(browser.driver().findElement(By.id("substitutions-grid")).getText()).contains("代理中");
            browser.screenshot("substitution-named");
        }

        try (BrowserSession browser = BrowserSession.signedIn(port, substitute)) {
            browser.open("/tasks");
            search(browser, filing.filingNo());
            browser.awaitText(By.id("acting-for-" + filing.filingNo()), "代 请假人" + suffix);
            browser.screenshot("substitution-task");

            ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(2))));
            browser.open("/tasks");
            search(browser, filing.filingNo());
            browser.awaitText(By.id("task-total"), "共 0 条");

            ClockUtil.reset();
            browser.open("/filings/" + filing.id());
            browser.awaitText(By.id("task-acting-for"), "代 请假人" + suffix);
            browser.radio("form-reviewDecision", "受理，提交审批");
            browser.click(By.id("task-complete"));
            browser.awaitText(By.id("filing-timeline"), "代 请假人" + suffix + " 办理：受理审查");
            browser.screenshot("substitution-completed");
        }
    }

    @Test
    void aSupervisorMarksAFilingFromItsPageAndTheTaskListShowsIt() throws Exception {
        SignIn signIn = new SignIn(securityManager);
        Filing filing = signIn.call("intake", () -> filings.file(new NewFiling("LN-SCJG-001", subject(), false, null,
                null)));
        awaitReviewTask(filing);

        try (BrowserSession browser = BrowserSession.signedIn(port, "approver")) {
            browser.open("/filings/" + filing.id());
            browser.click(By.id("supervise"));
            browser.await(By.cssSelector("#supervision-reason textarea")).sendKeys("超过承诺时限仍未受理", Keys.TAB);
            browser.click(By.id("supervision-confirm"));
            browser.await(By.id("supervision-badge"));
            browser.awaitText(By.id("supervision-marks"), "超过承诺时限仍未受理");
            browser.awaitText(By.id("filing-timeline"), "超过承诺时限仍未受理");
            browser.screenshot("supervision-marked");
        }

        try (BrowserSession browser = BrowserSession.signedIn(port, "intake")) {
            browser.open("/tasks");
            browser.click(By.id("tab-department"));
            search(browser, filing.filingNo());
            browser.awaitText(By.id("supervised-" + filing.filingNo()), "督办");
        }
    }

    private String officer(String username, String name, String role) {
        long department = departments.findByCode("210100-MARKET_REGULATION").orElseThrow().id();
        new SignIn(securityManager).run("sysadmin", () -> accounts.create(new NewUser(username, name, ActorKind.STAFF,
                department, null, null, Set.of(role), SignIn.DEMO_PASSWORD.toCharArray())));
        return username;
    }

    private String subject() {
        return jdbc.queryForList("SELECT uscc FROM credit_subject s WHERE uscc IS NOT NULL AND current_grade = 'B' "
                + "AND NOT EXISTS (SELECT 1 FROM list_entry e WHERE e.subject_id = s.id AND e.status = 'ACTIVE') "
                + "ORDER BY id DESC", String.class).get((int) (System.nanoTime() % 5));
    }

    private String awaitReviewTask(Filing filing) {
        Waiting.upTo(Duration.ofSeconds(30), Duration.ofMillis(200)).alias(filing.filingNo() + " is in review")
                .until(() -> !jdbc.queryForList("SELECT ID_ FROM ACT_RU_TASK WHERE PROC_INST_ID_ = ? AND "
                        + "TASK_DEF_KEY_ = 'Task_ReviewFiling'", String.class, filing.processInstanceId()).isEmpty());
        return jdbc.queryForObject("SELECT ID_ FROM ACT_RU_TASK WHERE PROC_INST_ID_ = ?", String.class,
                filing.processInstanceId());
    }

    private static void search(BrowserSession browser, String filingNo) {
        WebElement text = browser.await(By.cssSelector("#task-search input"));
        text.clear();
        text.sendKeys(filingNo, Keys.ENTER);
        browser.awaitText(By.id("task-total"), "共");
    }
}
